import { IngestError } from './errors.ts';

/** A link that used up its time budget (a tarpit: slow headers, a dripping body, or timeouts on every try). */
export class TimedOutError extends IngestError {
  constructor(message: string) {
    super(message, true);
    this.name = 'TimedOutError';
  }
}

export const isTimedOut = (err: unknown): err is TimedOutError => err instanceof TimedOutError;

/**
 * The total time one link may cost, across its redirect hops, its body and its retries: each attempt
 * gets what is left, so a tarpit costs the budget once per run instead of once per attempt.
 */
export class LinkBudget {
  private spentMs = 0;

  constructor(
    readonly totalMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  remainingMs(): number {
    return Math.max(0, Math.floor(this.totalMs - this.spentMs));
  }

  exhausted(): boolean {
    return this.remainingMs() <= 0;
  }

  /** Runs one attempt with the time left; refuses to start when nothing is left. */
  async run<T>(url: string, attempt: (remainingMs: number) => Promise<T>): Promise<T> {
    const remaining = this.remainingMs();
    if (remaining <= 0) throw new TimedOutError(`超时 time budget of ${this.totalMs} ms used up: ${url}`);
    const t0 = this.clock();
    try {
      return await attempt(remaining);
    } finally {
      this.spentMs += this.clock() - t0;
    }
  }
}
