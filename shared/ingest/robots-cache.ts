import { IngestError } from './errors.ts';
import type { HttpResponse } from './http-client.ts';
import { allowAll, isAllowed, parseRobots, type RobotsRules } from './robots.ts';

/** How long a host's robots.txt is trusted (RFC 9309 §2.4: caching "for up to 24 hours" is fine). */
export const ROBOTS_TTL_MS = 24 * 3600 * 1000;

/** robots.txt as read from a host: its text ('' for a 4xx: everything allowed) and when it was read. */
export interface StoredRobots {
  origin: string;
  text: string;
  fetchedAt: string;
}

/** Where robots.txt outlives one invocation (the sources table: shared/store/dynamo/robots-store.ts). */
export interface RobotsStore {
  get(origin: string): Promise<StoredRobots | null>;
  put(robots: StoredRobots): Promise<void>;
}

export interface RobotsCacheOptions {
  /** Kept across invocations when given; without it robots.txt is read once per cache (one batch). */
  store?: RobotsStore;
  now?: () => Date;
  ttlMs?: number;
}

/**
 * robots.txt per origin: read once per cache (a fetch batch: sources on the same host share it) and, with a
 * store, once per host and day across invocations (issue 18: an hourly fetch no longer re-reads it). Only
 * answers are kept: an unreachable robots.txt (5xx, timeout) is asked again on the next run.
 */
export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules | string>>();
  private readonly store: RobotsStore | undefined;
  private readonly now: () => Date;
  private readonly ttlMs: number;

  constructor(
    private readonly productToken = 'gazette-watch',
    options: RobotsCacheOptions = {},
  ) {
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.ttlMs = options.ttlMs ?? ROBOTS_TTL_MS;
  }

  /** The rules for an origin, or the reason nothing may be fetched there this run. */
  rulesFor(origin: string, get: (url: string) => Promise<HttpResponse>): Promise<RobotsRules | string> {
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(origin, get);
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }

  /** Whether a URL may be fetched (false when its robots.txt was unreachable). */
  async allows(url: string, get: (url: string) => Promise<HttpResponse>): Promise<boolean> {
    const u = new URL(url);
    const rules = await this.rulesFor(u.origin, get);
    return typeof rules !== 'string' && isAllowed(rules, `${u.pathname}${u.search}`);
  }

  private async load(origin: string, get: (url: string) => Promise<HttpResponse>): Promise<RobotsRules | string> {
    const stored = this.store ? await this.store.get(origin) : null;
    const age = stored ? this.now().getTime() - Date.parse(stored.fetchedAt) : Number.NaN;
    if (stored && age >= 0 && age < this.ttlMs) return stored.text === '' ? allowAll : parseRobots(stored.text, this.productToken);
    const read = await readRobots(origin, get);
    if (read.kind === 'unreachable') return read.reason;
    if (this.store) await this.store.put({ origin, text: read.text, fetchedAt: this.now().toISOString() });
    return read.text === '' ? allowAll : parseRobots(read.text, this.productToken);
  }
}

/** A stored robots.txt is cut here (DynamoDB items hold 400 KB; RFC 9309 asks parsers to read at least 500 KiB, but no real file comes close). */
const MAX_STORED_CHARS = 100_000;

/**
 * robots.txt of the host: missing (4xx) allows everything (''); unreachable (5xx, timeout) allows nothing
 * for this run, as RFC 9309 asks — returned as the reason the source could not be fetched.
 */
async function readRobots(origin: string, get: (url: string) => Promise<HttpResponse>): Promise<{ kind: 'read'; text: string } | { kind: 'unreachable'; reason: string }> {
  try {
    const res = await get(`${origin}/robots.txt`);
    return { kind: 'read', text: new TextDecoder('utf-8').decode(res.bytes).slice(0, MAX_STORED_CHARS) };
  } catch (err) {
    if (err instanceof IngestError && !err.retryable) return { kind: 'read', text: '' };
    if (err instanceof IngestError) return { kind: 'unreachable', reason: `robots.txt 无法获取，本轮不抓取 robots.txt unreachable: ${err.message}` };
    throw err;
  }
}
