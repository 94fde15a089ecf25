/**
 * Issue 14's deadline target on the labelled land fixtures (test/fixtures/labels/classify/land/deadlines.json):
 * computed dates right ≥ 0.95 over periods spanning 国庆, 春节, 劳动节 and their 调休 weekends; statutory periods
 * marked, and added only to decisions the law opens to review; a period from an unknown event kept as its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { landSignals } from '../../../../shared/classify/land-category.ts';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';
import { compactRun } from '../../../../shared/classify/text.ts';
import { landFactsSchema, type LandFacts } from '../../../../shared/model/document.ts';

const fixtureSchema = z.object({
  notices: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      anchorDate: z.string(),
      text: z.string(),
      expected: z.array(z.object({ date: z.string().nullable(), purpose: z.string(), statutory: z.boolean().optional() })),
    }),
  ),
});
const { notices } = fixtureSchema.parse(JSON.parse(readFileSync(new URL('../../../fixtures/labels/classify/land/deadlines.json', import.meta.url), 'utf8')));

const read = (n: (typeof notices)[number]): LandFacts => {
  const stage = landSignals(compactRun(n.title), compactRun(n.text), false).stage ?? 'other';
  return landFactsSchema.parse({ stage, ...extractLandFacts({ title: n.title, text: n.text }, n.anchorDate, (p) => p, stage) });
};

describe('deadline fixtures', () => {
  const readings = notices.map((n) => ({ n, land: read(n) }));

  it('computes ≥ 95% of the labelled dates right (each with its purpose), and no date the labels lack', () => {
    const dated = readings.flatMap(({ n, land }) => n.expected.filter((e) => e.date !== null).map((e) => ({ id: n.id, e, land })));
    const misses = dated.filter(({ e, land }) => !land.deadlines.some((d) => d.date === e.date && d.purpose === e.purpose));
    expect(dated.length).toBeGreaterThanOrEqual(15);
    expect(misses.map(({ id, e }) => `${id}: ${e.purpose} ${e.date}`)).toEqual([]);
    expect(1 - misses.length / dated.length).toBeGreaterThanOrEqual(0.95);
    const extra = readings.flatMap(({ n, land }) => land.deadlines.filter((d) => d.date && !n.expected.some((e) => e.date === d.date)).map((d) => `${n.id}: ${d.text}`));
    expect(extra).toEqual([]);
  });

  it('marks exactly the statutory periods, with their provision', () => {
    for (const { n, land } of readings) {
      const marked = land.deadlines.filter((d) => d.statutory).map((d) => d.purpose);
      expect(marked, n.id).toEqual(n.expected.filter((e) => e.statutory).map((e) => e.purpose));
      for (const d of land.deadlines.filter((x) => x.statutory)) expect(d.basis).toMatch(/^《中华人民共和国行政(?:复议|诉讼)法》第/);
    }
  });

  it('keeps a period from an event without a date as its rule', () => {
    const house = readings.find((r) => r.n.id === 'house-2025-national-day')?.land;
    expect(house?.deadlines.find((d) => d.purpose === '搬迁')?.rule).toEqual({ event: '签订征收补偿协议', n: 15, unit: 'day' });
  });

  it('adds no statutory period to a notice that is not a decision (预公告, 方案, 听证告知)', () => {
    for (const id of ['pre-2024-national-day', 'plan-2024-spring-festival', 'hearing-2024-spring-festival']) {
      expect(readings.find((r) => r.n.id === id)?.land.deadlines.some((d) => d.statutory)).toBe(false);
    }
  });
});
