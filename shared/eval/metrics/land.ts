/**
 * Land facts of the documents labelled land: stage, location, area, compensation items and deadlines.
 * Each is scored over the labels that give it; a document the product did not read as land fails them all.
 */
import type { LandFacts, ParsedDocument } from '../../model/document.ts';
import { bigramDice, comparable, docNumbersIn } from '../comparable.ts';
import type { TextLabel } from '../corpus.ts';
import type { Failure, Metric, MetricResult, Reading } from '../types.ts';
import { ratio } from '../types.ts';
import { areasIn, moneyIn, placeParts, sameArea } from './land-values.ts';

type LandLabel = NonNullable<TextLabel['land']>;

interface Tally {
  correct: number;
  count: number;
}

const landOf = (doc: ParsedDocument | null): LandFacts | null => doc?.land ?? null;

function locationRight(label: string, land: LandFacts | null): boolean {
  if (!land) return false;
  const b = land.boundaries;
  const printed = [land.location, land.project, b?.east, b?.south, b?.west, b?.north].filter(Boolean).join('|');
  // The label's parts lose their bracketed notes (placeParts); the product's text is also read without them.
  const haystack = comparable(`${printed}|${printed.replace(/[(（][^)）]*[)）]/g, '')}`) ?? '';
  const parts = placeParts(label).map((p) => comparable(p) ?? '');
  if (parts.length === 0) return false;
  return parts.filter((p) => haystack.includes(p)).length >= 0.8 * parts.length;
}

function areaRight(label: string, land: LandFacts | null): boolean {
  if (!land) return false;
  const expected = areasIn(label);
  if (expected.length === 0) return false;
  const got = [...(land.areaSquareMetres ? [land.areaSquareMetres] : []), ...areasIn(land.area)];
  const total = expected.reduce((a, b) => a + b, 0);
  return got.some((g) => sameArea(g, expected[0]!) || sameArea(g, total));
}

/** A label item is found when its standards' 文号 and its money are in the product's items, else by wording. */
function compensationFound(item: string, land: LandFacts | null): boolean {
  if (!land || land.compensation.length === 0) return false;
  const texts = land.compensation.map((c) => c.text);
  const all = comparable([...texts, ...(land.legalBasis ?? [])].join('|')) ?? '';
  const numbers = docNumbersIn(item);
  const money = moneyIn(comparable(item) ?? '');
  if (numbers.length === 0 && money.length === 0) return texts.some((t) => bigramDice(t, item) >= 0.4);
  const amounts = land.compensation.map((c) => c.amount).filter((a): a is number => a !== null);
  const moneyFound = (m: string): boolean => all.includes(m) || amounts.some((a) => Math.abs(a - Number(m)) < 1e-6 || Math.abs(a - Number(m) * 10_000) < 1e-3);
  return numbers.every((n) => all.includes(n)) && money.every(moneyFound);
}

function deadlineFound(d: LandLabel['deadlines'][number], land: LandFacts | null): boolean {
  if (!land) return false;
  return d.date ? land.deadlines.some((x) => x.date === d.date) : land.deadlines.some((x) => bigramDice(x.text, d.text) >= 0.5);
}

const remedyPeriod = (d: { text: string; purpose?: string | null | undefined }): boolean => /复议|诉讼/.test(`${d.purpose ?? ''}${d.text}`);

export function scoreLand(readings: Reading<TextLabel>[]): MetricResult {
  const failures: Failure[] = [];
  const stage: Tally = { correct: 0, count: 0 };
  const location: Tally = { correct: 0, count: 0 };
  const area: Tally = { correct: 0, count: 0 };
  const compensation: Tally = { correct: 0, count: 0 };
  const deadlines: Tally = { correct: 0, count: 0 };
  const deadlinePrecision: Tally = { correct: 0, count: 0 };
  const tally = (t: Tally, ok: boolean, failure: Omit<Failure, 'metric'> & { metric: string }): void => {
    t.count++;
    if (ok) t.correct++;
    else failures.push(failure);
  };
  for (const r of readings) {
    const label = r.label.land;
    if (!label) continue;
    const land = landOf(r.doc);
    const evidence = r.doc?.evidence ?? [];
    tally(stage, land?.stage === label.stage, { metric: 'land.stage', id: r.id, expected: label.stage, got: land?.stage ?? (land ? 'unset' : `not land: ${r.doc?.category ?? 'none'}`), evidence });
    if (label.location) tally(location, locationRight(label.location, land), { metric: 'land.location', id: r.id, expected: label.location, got: land ? { location: land.location, boundaries: land.boundaries ?? null } : null });
    if (label.area) tally(area, areaRight(label.area, land), { metric: 'land.area', id: r.id, expected: label.area, got: land ? { area: land.area, areaSquareMetres: land.areaSquareMetres ?? null } : null });
    for (const item of label.compensation) tally(compensation, compensationFound(item, land), { metric: 'land.compensation', id: r.id, expected: item, got: land?.compensation.map((c) => c.text) ?? null });
    for (const d of label.deadlines) tally(deadlines, deadlineFound(d, land), { metric: 'land.deadlines', id: r.id, expected: d, got: land?.deadlines.map((x) => ({ text: x.text, date: x.date })) ?? null });
    for (const x of land?.deadlines ?? []) {
      if (remedyPeriod(x)) continue;
      const matched = label.deadlines.some((d) => (d.date ? x.date === d.date : bigramDice(x.text, d.text) >= 0.5));
      tally(deadlinePrecision, matched, { metric: 'land.deadlines.precision', id: r.id, expected: label.deadlines, got: { text: x.text, date: x.date } });
    }
  }
  const metric = (name: string, label: string, t: Tally): Metric => ({ name, label, value: ratio(t.correct, t.count), count: t.count, goal: 0.9, higherIsBetter: true });
  return {
    metrics: [
      metric('land.stage', '土地 阶段 stage', stage),
      metric('land.location', '土地 位置 location', location),
      metric('land.area', '土地 面积 area', area),
      metric('land.compensation', '土地 补偿标准 compensation', compensation),
      metric('land.deadlines', '土地 期限 deadlines (recall)', deadlines),
      metric('land.deadlines.precision', '土地 期限 精确率 deadline precision', deadlinePrecision),
    ],
    failures,
  };
}
