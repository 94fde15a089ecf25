/**
 * Appointments over (person, action) pairs: precision, recall and F1 over the whole corpus (distractors
 * included, so a junk entry costs precision), and whether the matched pairs carry the printed post.
 */
import type { Appointment } from '../../model/document.ts';
import { comparable } from '../comparable.ts';
import type { TextLabel } from '../corpus.ts';
import type { Failure, Metric, MetricResult, Reading } from '../types.ts';
import { ratio } from '../types.ts';

interface Pair {
  key: string;
  person: string;
  action: string;
  position: string | null;
}

const pairOf = (a: { person: string; action: string; position: string | null }): Pair => ({
  key: `${comparable(a.person)}|${a.action}`,
  person: a.person,
  action: a.action,
  position: a.position,
});

/**
 * Every document of the file counts: a session report split in two still names the same people. The same
 * entry printed twice (a page holding a decision twice) counts once.
 */
function predicted(r: Reading<TextLabel>): Pair[] {
  const seen = new Map<string, Pair>();
  for (const d of r.documents) {
    for (const a of d.appointments as Appointment[]) {
      const p = pairOf(a);
      const exact = `${p.key}|${comparable(p.position)}`;
      if (!seen.has(exact)) seen.set(exact, p);
    }
  }
  return [...seen.values()];
}

/** One-to-one matching of labelled and found entries by (person, action): same post first, then the rest. */
function match(gold: Pair[], got: Pair[]): { pairs: [Pair, Pair][]; missed: Pair[]; extra: Pair[] } {
  const unused = new Set(got);
  const pairs: [Pair, Pair][] = [];
  const open: Pair[] = [];
  for (const g of gold) {
    const same = [...unused].find((p) => p.key === g.key && comparable(p.position) === comparable(g.position));
    if (same) {
      unused.delete(same);
      pairs.push([g, same]);
    } else open.push(g);
  }
  const missed: Pair[] = [];
  for (const g of open) {
    const other = [...unused].find((p) => p.key === g.key);
    if (other) {
      unused.delete(other);
      pairs.push([g, other]);
    } else missed.push(g);
  }
  return { pairs, missed, extra: [...unused] };
}

export function scoreAppointments(readings: Reading<TextLabel>[]): MetricResult {
  const failures: Failure[] = [];
  let truePositives = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let positionsRight = 0;
  for (const r of readings) {
    const gold = r.label.appointments.map(pairOf);
    const got = predicted(r);
    const { pairs, missed, extra } = match(gold, got);
    goldCount += gold.length;
    predictedCount += got.length;
    truePositives += pairs.length;
    const shown = (p: Pair) => ({ person: p.person, action: p.action, position: p.position });
    for (const g of missed) failures.push({ metric: 'appointments.recall', id: r.id, expected: shown(g), got: got.map(shown), evidence: r.doc?.evidence ?? [] });
    for (const [g, p] of pairs) {
      if (comparable(g.position) === comparable(p.position)) positionsRight++;
      else failures.push({ metric: 'appointments.position', id: r.id, expected: g.position, got: p.position });
    }
    for (const p of extra) failures.push({ metric: 'appointments.precision', id: r.id, expected: null, got: shown(p), evidence: r.doc?.evidence ?? [] });
  }
  const precision = ratio(truePositives, predictedCount);
  const recall = ratio(truePositives, goldCount);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const metrics: Metric[] = [
    { name: 'appointments.precision', label: '任免 精确率 precision', value: precision, count: predictedCount, goal: 0.95, higherIsBetter: true },
    { name: 'appointments.recall', label: '任免 召回率 recall', value: recall, count: goldCount, goal: 0.95, higherIsBetter: true },
    { name: 'appointments.f1', label: '任免 F1', value: f1, count: goldCount, goal: 0.95, higherIsBetter: true },
    { name: 'appointments.position', label: '任免 职务一致 position', value: ratio(positionsRight, truePositives), count: truePositives, goal: 0.9, higherIsBetter: true },
  ];
  return { metrics, failures };
}
