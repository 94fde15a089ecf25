import { describe, expect, it } from 'vitest';
import { parsedDocumentSchema, type Appointment } from '../../../shared/model/document.ts';
import { analysePublication } from '../../../shared/pipeline/analyse.ts';
import { classifyLabel, matchDocument, scoreTriples, SEEDS, seedText } from './labels.ts';

const analysed = new Map(
  SEEDS.map((seed) => {
    const label = classifyLabel(seed);
    return [seed, { label, result: analysePublication(seedText(seed), { publishedDate: label.publishedDate ?? null }) }];
  }),
);

describe('classification of the five seeds against hand labels', () => {
  it('produces documents that satisfy the DESIGN §4.1 contract', () => {
    for (const [seed, { result }] of analysed) {
      for (const doc of result.documents) {
        const check = parsedDocumentSchema.safeParse(doc);
        expect(check.success, `${seed} ${doc.title}: ${check.error?.message ?? ''}`).toBe(true);
        expect(doc.evidence.length, `${seed} ${doc.title}`).toBeGreaterThan(0);
      }
    }
  });

  it('agrees with the careful reader on the category of at least 95% of documents', () => {
    let total = 0;
    let agreed = 0;
    const disagreements: string[] = [];
    for (const [seed, { label, result }] of analysed) {
      for (const expected of label.documents) {
        total++;
        const doc = matchDocument(result.documents, expected);
        if (doc?.category === expected.category) agreed++;
        else disagreements.push(`${seed}#${expected.index} ${expected.title}: ${doc?.category ?? 'missing'} ≠ ${expected.category}`);
      }
    }
    expect(total).toBe(72);
    expect(agreed / total, disagreements.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('agrees on the subtype of most documents (reported, looser bar)', () => {
    let total = 0;
    let agreed = 0;
    for (const { label, result } of analysed.values()) {
      for (const expected of label.documents) {
        total++;
        if (matchDocument(result.documents, expected)?.subtype === expected.subtype) agreed++;
      }
    }
    expect(agreed / total).toBeGreaterThanOrEqual(0.9);
  });

  it('extracts the 16 appointment triples of 002 and 004 with F1 ≥ 0.98', () => {
    const expected: Appointment[] = [];
    const predicted: Appointment[] = [];
    for (const seed of ['002_f0a4a187131c9a4a', '004_846eea8e32d5f7bb'] as const) {
      const { label, result } = analysed.get(seed)!;
      for (const l of label.documents) expected.push(...(l.appointments ?? []));
      for (const d of result.documents) if (d.duplicateOf === null) predicted.push(...d.appointments);
    }
    const score = scoreTriples(expected, predicted);
    expect(expected).toHaveLength(16);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
    expect(score.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('finds no appointments in documents that are not personnel decisions', () => {
    for (const [seed, { label, result }] of analysed) {
      for (const expected of label.documents.filter((l) => l.category !== 'appointment')) {
        expect(matchDocument(result.documents, expected)?.appointments ?? [], `${seed}#${expected.index}`).toEqual([]);
      }
    }
  });

  it('classifies every land notice of 002 and of the newspaper page 003 as land, with facts', () => {
    for (const seed of ['002_f0a4a187131c9a4a', '003_c42a2dc98e3e15dd'] as const) {
      const { label, result } = analysed.get(seed)!;
      const landLabels = label.documents.filter((l) => l.category === 'land');
      expect(landLabels.length, seed).toBeGreaterThan(0);
      for (const expected of landLabels) {
        const doc = matchDocument(result.documents, expected);
        expect(doc?.category, `${seed}#${expected.index}`).toBe('land');
        expect(doc?.subtype, `${seed}#${expected.index}`).toBe(expected.subtype);
        expect(doc?.land, `${seed}#${expected.index}`).not.toBeNull();
        expect(doc?.land?.stage, `${seed}#${expected.index}`).toBe(expected.landStage);
      }
      const extra = result.documents.filter((d) => d.category === 'land' && !landLabels.some((l) => matchDocument(result.documents, l) === d));
      expect(extra.map((d) => d.title), seed).toEqual([]);
    }
  });

  it('reads the labelled regulation facts (name, effective date, validity, repeals)', () => {
    for (const [seed, { label, result }] of analysed) {
      for (const expected of label.documents.filter((l) => l.regulation)) {
        const facts = matchDocument(result.documents, expected)?.regulation;
        const want = expected.regulation!;
        expect(facts, `${seed}#${expected.index}`).not.toBeNull();
        expect(facts?.effectiveDate, `${seed}#${expected.index}`).toBe(want.effectiveDate);
        expect(facts?.repeals, `${seed}#${expected.index}`).toEqual(want.repeals);
        if (want.name) expect(facts?.name, `${seed}#${expected.index}`).toBe(want.name);
        if (want.validity) expect(facts?.validity, `${seed}#${expected.index}`).toBe(want.validity);
      }
    }
  });

  it('keeps confidence in 0..1 and higher for decided categories than for unnamed others', () => {
    for (const { result } of analysed.values()) {
      for (const d of result.documents) {
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        if (d.category === 'appointment' || d.category === 'land') expect(d.confidence).toBeGreaterThanOrEqual(0.7);
      }
    }
  });
});
