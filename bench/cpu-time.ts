/**
 * Throughput of single-threaded, synchronous work measured by CPU time, for budgets that must hold on a shared
 * machine: wall time there counts the time other processes hold the cores (on 2 cores shared by several
 * people a run's wall time swung ×1.7), CPU time counts only what the measured code ran.
 *
 * - CPU time of the main thread: its scheduler runtime (/proc/thread-self/schedstat, nanoseconds) around each
 *   run. `process.cpuUsage()` counts every thread of the process — V8's background compilers and collector
 *   helpers too: over the same runs of the same code its median read 16, 20 and 24 MB/s where the main thread's
 *   read 19, 30 and 29 (a process time above the wall time is those threads). It is the fallback where /proc
 *   is not there (macOS).
 * - No forced collection between runs: a full collection before each run made the analysis runs ~30 % slower
 *   (its sweeping, and the compiled regexes it may discard, land in the next run) and no steadier.
 * - Warm-up passes first (V8 optimises regex- and string-heavy code only after many calls), then the median of
 *   41 runs. The fastest tenth and the wall-clock median are reported beside it. CPU time still grows when
 *   the others load the machine (a busy sibling hyper-thread, a cold cache): no timing on a shared machine is
 *   free of that, only of waiting for a core.
 */
import { readFileSync } from 'node:fs';

export interface CpuTiming {
  /** Median CPU milliseconds of one run. */
  medianCpuMs: number;
  /** The 10th percentile of the runs' CPU milliseconds (noise only adds time: the least disturbed runs). */
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

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** Milliseconds the main thread has run, from the scheduler's own count; null where the kernel does not say. */
function threadRuntimeMs(): number | null {
  try {
    const ns = Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}

const hasThreadRuntime = threadRuntimeMs() !== null;

/** A CPU clock: the main thread's runtime, else the process's user and system time. */
interface CpuClock {
  start(): number;
  msSince(start: number): number;
}

const threadClock: CpuClock = { start: () => threadRuntimeMs() ?? 0, msSince: (start) => (threadRuntimeMs() ?? 0) - start };
const processClock: CpuClock = {
  start: () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  },
  msSince: (start) => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000 - start;
  },
};

/** What this machine's CPU times are: named in the bench output. */
export const CPU_CLOCK = hasThreadRuntime ? 'main-thread runtime (/proc/thread-self/schedstat)' : 'process CPU time (process.cpuUsage)';
const clock: CpuClock = hasThreadRuntime ? threadClock : processClock;

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;

/** CPU time of repeated synchronous runs of fn. */
export function cpuTiming(fn: () => unknown, options: CpuTimingOptions = CPU_STEADY_STATE): CpuTiming {
  for (let i = 0; i < options.warmup; i++) fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const t0 = performance.now();
    const c0 = clock.start();
    fn();
    cpu.push(clock.msSince(c0));
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
      const c0 = clock.start();
      fn();
      cpu[k]?.push(clock.msSince(c0));
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
