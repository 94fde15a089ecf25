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

/** Every document of the file counts: a session report split in two still names the same people. */
function predicted(r: Reading<TextLabel>): Pair[] {
  const seen = new Map<string, Pair>();
  for (const d of r.documents) for (const a of d.appointments as Appointment[]) if (!seen.has(pairOf(a).key)) seen.set(pairOf(a).key, pairOf(a));
  return [...seen.values()];
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
    const byKey = new Map(got.map((p) => [p.key, p]));
    const goldKeys = new Set(gold.map((g) => g.key));
    goldCount += gold.length;
    predictedCount += got.length;
    for (const g of gold) {
      const p = byKey.get(g.key);
      if (!p) {
        failures.push({ metric: 'appointments.recall', id: r.id, expected: { person: g.person, action: g.action, position: g.position }, got: got.map(({ key: _k, ...rest }) => rest), evidence: r.doc?.evidence ?? [] });
        continue;
      }
      truePositives++;
      if (comparable(g.position) === comparable(p.position)) positionsRight++;
      else failures.push({ metric: 'appointments.position', id: r.id, expected: g.position, got: p.position });
    }
    for (const p of got) {
      if (!goldKeys.has(p.key)) failures.push({ metric: 'appointments.precision', id: r.id, expected: null, got: { person: p.person, action: p.action, position: p.position }, evidence: r.doc?.evidence ?? [] });
    }
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
