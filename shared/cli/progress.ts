/**
 * Progress for long CLI work: one line redrawn in place on a terminal (stderr), nothing at all when the
 * stream is not a TTY (pipes, CI logs, `--json` consumers), so output stays clean for other tools.
 * Redraws are throttled; `end()` clears the line.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressReporter {
  /** `done` of `total` units (total null when unknown), with an optional detail (a day, a page). */
  update(done: number, total: number | null, detail?: string): void;
  end(): void;
}

const quiet: ProgressReporter = { update: () => undefined, end: () => undefined };

export interface ProgressOptions {
  /** Smallest time between two redraws. */
  minIntervalMs?: number;
  /** Clock for the throttle (tests). */
  now?: () => number;
}

export function progressReporter(label: string, stream: ProgressStream = process.stderr, options: ProgressOptions = {}): ProgressReporter {
  if (stream.isTTY !== true) return quiet;
  const minInterval = options.minIntervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total, detail) {
      const t = now();
      const finished = total !== null && done >= total;
      if (!finished && t - last < minInterval) return;
      last = t;
      const width = 20;
      const bar =
        total !== null && total > 0 ? ` [${'█'.repeat(Math.round((Math.min(done, total) / total) * width)).padEnd(width, '░')}] ${done}/${total}` : ` ${done}`;
      stream.write(`\r\x1b[2K${label}${bar}${detail ? ` ${detail}` : ''}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
