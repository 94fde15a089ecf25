export interface PacerClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const realClock: PacerClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

interface HostSlot {
  /** Settles when the request holding the host (or waiting before us) is done. */
  tail: Promise<void>;
  /** When the host's last request finished (clock ms); null before the first. */
  lastDoneAt: number | null;
}

/**
 * Politeness per host, shared by every source fetched in one process (one fetch batch on Lambda):
 * at most one request to a host at a time, and at least `minIntervalMs` between the end of one request
 * and the start of the next, whichever source asks. Hosts are keyed by `host` (name and port).
 *
 * In-process only: across concurrent Lambda invocations the per-host bound is the fetch function's
 * reserved concurrency (each invocation paces its own batch), which the stack keeps small on purpose.
 */
export class HostPacer {
  private readonly hosts = new Map<string, HostSlot>();

  constructor(private readonly clock: PacerClock = realClock) {}

  /**
   * Runs `fn` when it is this host's turn and its interval has passed; the host is free again when `fn` settles.
   * `startsInterval: false` (robots.txt, once a day): the request still waits its turn, but the next one need not
   * wait the interval after it, so the daily robots.txt read costs no politeness sleep before the index.
   */
  async run<T>(url: string, minIntervalMs: number, fn: () => Promise<T>, options: { startsInterval?: boolean } = {}): Promise<T> {
    const host = new URL(url).host.toLowerCase();
    const slot = this.hosts.get(host) ?? { tail: Promise.resolve(), lastDoneAt: null };
    this.hosts.set(host, slot);
    const before = slot.tail;
    let release: () => void = () => undefined;
    slot.tail = new Promise<void>((r) => (release = r));
    await before;
    try {
      const due = slot.lastDoneAt === null ? 0 : slot.lastDoneAt + minIntervalMs - this.clock.now();
      if (due > 0) await this.clock.sleep(due);
      return await fn();
    } finally {
      if (options.startsInterval !== false) slot.lastDoneAt = this.clock.now();
      release();
    }
  }
}
