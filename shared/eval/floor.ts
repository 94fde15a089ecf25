/**
 * The regression floor (bench/eval-floor.json): the eval's figures may not fall below it. Raising it is the
 * only update this module makes; lowering it is a decision a person makes by hand, in review.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { projectRoot } from './corpus.ts';
import type { Metric } from './types.ts';

export const floorFile = join(projectRoot, 'bench', 'eval-floor.json');

const floorSchema = z.object({ note: z.string(), floors: z.record(z.string(), z.number()) });
export type Floor = z.infer<typeof floorSchema>;

const NOTE = 'Regression floor of `npm run eval`, checked by test/unit/eval/floor.test.ts. Raise with `npm run eval -- --raise-floor`; never lower it to make a change pass.';

export function readFloor(file = floorFile): Floor {
  if (!existsSync(file)) return { note: NOTE, floors: {} };
  return floorSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** A metric's figure as a floor: rounded towards failing-safe (down for ratios, up for counts). */
const asFloor = (m: Metric): number => (m.higherIsBetter ? Math.floor(m.value * 1000) / 1000 : Math.ceil(m.value));

/** Metrics that fell below their floor (or that have none). */
export function belowFloor(metrics: Metric[], floor: Floor): { metric: Metric; floor: number | null }[] {
  return metrics
    .filter((m) => {
      const f = floor.floors[m.name];
      if (f === undefined) return true;
      return m.higherIsBetter ? m.value < f : m.value > f;
    })
    .map((m) => ({ metric: m, floor: floor.floors[m.name] ?? null }));
}

/** Each floor moves up to today's figure where today is better; none moves down. Returns what moved. */
export function raiseFloor(metrics: Metric[], file = floorFile): string[] {
  const floor = readFloor(file);
  const moved: string[] = [];
  for (const m of metrics) {
    const now = asFloor(m);
    const old = floor.floors[m.name];
    const better = old === undefined || (m.higherIsBetter ? now > old : now < old);
    if (better) {
      floor.floors[m.name] = now;
      moved.push(`${m.name}: ${old ?? '—'} → ${now}`);
    }
  }
  writeFileSync(file, `${JSON.stringify({ note: NOTE, floors: floor.floors }, null, 1)}\n`);
  return moved;
}
