/**
 * Throughput of single-threaded, synchronous work measured by CPU time, for budgets that must hold on a shared
 * machine: wall time there counts the time other processes hold the cores (on 2 cores shared by several
 * people a run's wall time swung ×1.7), CPU time counts only what this process ran.
 *
 * - CPU time: `process.cpuUsage()` (user + system) around each run. It counts every thread of the process, so
 *   the helper threads of V8's garbage collector are counted too: their work is the measured code's cost.
 * - No forced collection between runs: a full collection before each run made the analysis runs ~30 % slower
 *   (its sweeping, and the compiled regexes it may discard, land in the next run) and no steadier.
 * - Warm-up passes first (V8 optimises regex- and string-heavy code only after many calls), then the median of
 *   the runs. The fastest tenth is reported too: noise only ever adds time, so it is what a quiet machine gives.
 */

export interface CpuTiming {
  /** Median CPU milliseconds of one run. */
  medianCpuMs: number;
  /** The 10th percentile of the runs' CPU milliseconds (the quiet-machine figure). */
  fastCpuMs: number;
  /** Median wall-clock milliseconds of one run, for comparison. */
  medianWallMs: number;
}

export interface CpuTimingOptions {
  runs: number;
  warmup: number;
}

/** Settings for a throughput over a corpus: more runs and warm-ups than wall-time timings needed. */
export const CPU_STEADY_STATE: CpuTimingOptions = { runs: 41, warmup: 20 };

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;

/** CPU time of repeated synchronous runs of fn. */
export function cpuTiming(fn: () => unknown, options: CpuTimingOptions = CPU_STEADY_STATE): CpuTiming {
  for (let i = 0; i < options.warmup; i++) fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fn();
    cpu.push(cpuMsSince(c0));
    wall.push(performance.now() - t0);
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  return { medianCpuMs: quantile(cpu, 0.5), fastCpuMs: quantile(cpu, 0.1), medianWallMs: quantile(wall, 0.5) };
}

/**
 * CPU time of several functions run in turn (a, b, a, b …), for a ratio between them: each sees the same load
 * and the same heap history, so a ratio of medians does not move with the machine.
 */
export function interleavedCpuTimings(fns: readonly (() => unknown)[], options: CpuTimingOptions): CpuTiming[] {
  for (let i = 0; i < options.warmup; i++) for (const fn of fns) fn();
  const cpu = fns.map((): number[] => []);
  const wall = fns.map((): number[] => []);
  for (let i = 0; i < options.runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      fn();
      cpu[k]?.push(cpuMsSince(c0));
      wall[k]?.push(performance.now() - t0);
    });
  }
  return fns.map((_, k) => {
    const c = [...(cpu[k] ?? [])].sort((a, b) => a - b);
    const w = [...(wall[k] ?? [])].sort((a, b) => a - b);
    return { medianCpuMs: quantile(c, 0.5), fastCpuMs: quantile(c, 0.1), medianWallMs: quantile(w, 0.5) };
  });
}

/** Megabytes per second of `bytes` processed in `ms`. */
export const mbPerSecond = (bytes: number, ms: number): number => bytes / 1048576 / (ms / 1000);
