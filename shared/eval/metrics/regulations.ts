/** Regulations: the effective date and what a document repeals. */
import { bigramDice, comparable } from '../comparable.ts';
import type { TextLabel } from '../corpus.ts';
import type { Failure, MetricResult, Reading } from '../types.ts';
import { ratio } from '../types.ts';

/** The name inside 《》 where the item has one: a repeal is found when the product names the same rule. */
const titleOf = (text: string): string => comparable(/《([^》]+)》/.exec(text)?.[1] ?? text) ?? '';

/** The same rule named: one name holds the other (at least four characters of it), or the wording is close. */
function sameRule(got: string, item: string): boolean {
  const [a, b] = [titleOf(got), titleOf(item)];
  return (a.length >= 4 && b.includes(a)) || (b.length >= 4 && a.includes(b)) || bigramDice(got, item) >= 0.6;
}

export function scoreRegulations(readings: Reading<TextLabel>[]): MetricResult {
  const failures: Failure[] = [];
  let effectiveRight = 0;
  let effectiveCount = 0;
  let repealsFound = 0;
  let repealsCount = 0;
  for (const r of readings) {
    const regulation = r.doc?.regulation ?? null;
    if (r.label.effectiveDate) {
      effectiveCount++;
      const got = regulation?.effectiveDate ?? null;
      if (got === r.label.effectiveDate) effectiveRight++;
      else failures.push({ metric: 'regulation.effectiveDate', id: r.id, expected: r.label.effectiveDate, got, evidence: r.doc?.evidence ?? [] });
    }
    for (const item of r.label.repeals) {
      repealsCount++;
      const got = regulation?.repeals ?? [];
      if (got.some((g) => sameRule(g, item))) repealsFound++;
      else failures.push({ metric: 'regulation.repeals', id: r.id, expected: item, got });
    }
  }
  return {
    metrics: [
      { name: 'regulation.effectiveDate', label: '法规 施行日期 effective date', value: ratio(effectiveRight, effectiveCount), count: effectiveCount, goal: 0.9, higherIsBetter: true },
      { name: 'regulation.repeals', label: '法规 废止 repeals', value: ratio(repealsFound, repealsCount), count: repealsCount, goal: 0.9, higherIsBetter: true },
    ],
    failures,
  };
}
