import { IngestError } from './errors.ts';
import type { HttpResponse } from './http-client.ts';
import { allowAll, isAllowed, parseRobots, type RobotsRules } from './robots.ts';

/** robots.txt per origin, read once per fetch batch (sources on the same host share it). */
export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules | string>>();

  constructor(private readonly productToken = 'gazette-watch') {}

  /** The rules for an origin, or the reason nothing may be fetched there this run. */
  rulesFor(origin: string, get: (url: string) => Promise<HttpResponse>): Promise<RobotsRules | string> {
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = loadRobots(origin, get, this.productToken);
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
}

/**
 * robots.txt of the host: missing (4xx) allows everything; unreachable (5xx, timeout) allows nothing
 * for this run, as RFC 9309 asks — returned as the reason the source could not be fetched.
 */
async function loadRobots(origin: string, get: (url: string) => Promise<HttpResponse>, productToken: string): Promise<RobotsRules | string> {
  try {
    const res = await get(`${origin}/robots.txt`);
    return parseRobots(new TextDecoder('utf-8').decode(res.bytes), productToken);
  } catch (err) {
    if (err instanceof IngestError && !err.retryable) return allowAll;
    if (err instanceof IngestError) return `robots.txt 无法获取，本轮不抓取 robots.txt unreachable: ${err.message}`;
    throw err;
  }
}
