/**
 * The classifier on the development corpus (../shared/corpus, 30 provinces), read at run time through the same
 * reader as `npm run eval`. Skipped where the corpus is not present (a fresh clone outside the workspace).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Category } from '../../../shared/model/document.ts';
import { defaultCorpusDir, loadCorpus, type TextLabel } from '../../../shared/eval/corpus.ts';
import { readItem } from '../../../shared/eval/read-corpus.ts';
import { scoreAppointments } from '../../../shared/eval/metrics/appointments.ts';
import type { Reading } from '../../../shared/eval/types.ts';

const present = existsSync(join(defaultCorpusDir, 'labels.jsonl'));
let readings: Reading<TextLabel>[] = [];

beforeAll(async () => {
  if (!present) return;
  readings = await Promise.all(loadCorpus().texts.map((item) => readItem(item)));
}, 120_000);


describe.skipIf(!present)('classification across China (development corpus)', () => {
  it('reads every text without a crash', () => {
    expect(readings.length).toBeGreaterThanOrEqual(100);
    expect(readings.filter((r) => r.error !== null).map((r) => `${r.id}: ${r.error}`)).toEqual([]);
  });

  it('gets the category of at least 95% of the texts, and each category\'s recall to 95%', () => {
    const categories: Category[] = ['appointment', 'land', 'regulation', 'other'];
    const right = readings.filter((r) => r.doc?.category === r.label.category).length;
    expect(right / readings.length).toBeGreaterThanOrEqual(0.95);
    for (const category of categories) {
      const of = readings.filter((r) => r.label.category === category);
      const wrong = of.filter((r) => r.doc?.category !== category).map((r) => `${r.id}: ${r.doc?.category ?? 'none'}`);
      expect((of.length - wrong.length) / of.length, `${category}: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('finds the people appointed, removed, elected or nominated (person and action) with F1 ≥ 0.95', () => {
    // Scored as the eval scores it: names folded (traditional pages), one found entry per labelled one.
    const { metrics } = scoreAppointments(readings);
    const value = (name: string) => metrics.find((m) => m.name === name);
    expect(value('appointments.recall')?.count).toBeGreaterThan(100);
    expect(value('appointments.f1')?.value).toBeGreaterThanOrEqual(0.95);
  });

  it('never reads a personnel act in the hard distractors (领导小组, 分工, meetings, 表彰)', () => {
    const distractors = readings.filter((r) => r.label.category === 'other' && r.label.id.startsWith('a'));
    expect(distractors.length).toBeGreaterThan(20);
    for (const r of distractors) {
      expect(r.doc?.category, r.id).not.toBe('appointment');
      expect(r.documents.flatMap((d) => d.appointments), r.id).toEqual([]);
    }
  });

  it('names the stage of at least 90% of the land notices', () => {
    const land = readings.filter((r) => r.label.land !== null);
    const right = land.filter((r) => r.doc?.land?.stage === r.label.land?.stage).length;
    expect(land.length).toBeGreaterThan(25);
    expect(right / land.length).toBeGreaterThanOrEqual(0.9);
  });
});
