/** One row of bench/results.json (DESIGN §4.2). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The budget this value must meet, or null when it is only reported. */
  budget: number | null;
  /** Whether lower or higher values are better (decides how the budget is checked). */
  better: 'lower' | 'higher';
}

/** A bench suite: bench/suites/<name>.ts exports `suite`. */
export interface BenchSuite {
  title: string;
  run: () => Promise<BenchResult[]>;
}

/** Median of repeated timings of fn, in milliseconds. */
/**
 * Steady-state settings for throughput over a corpus: V8 optimises regex- and string-heavy code only after
 * many calls, so a throughput figure needs that many warm-up passes first (the benches report the cold
 * first pass as its own result, so nothing is hidden).
 */
export const STEADY_STATE = { runs: 21, warmup: 10 } as const;

/** Time of one call, in milliseconds (a cold first pass). */
export async function onceMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 7, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export const withinBudget = (r: BenchResult): boolean =>
  r.budget === null || (r.better === 'lower' ? r.value <= r.budget : r.value >= r.budget);
