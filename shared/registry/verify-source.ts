import type { Source } from '../model/source.ts';
import { discover, entryUrlOf, originOf } from '../ingest/discovery/discover.ts';
import { IngestError } from '../ingest/errors.ts';
import type { HttpResponse } from '../ingest/http-client.ts';
import { RobotsCache } from '../ingest/robots-cache.ts';
import type { SourceRepository, SourceVerification } from '../store/ports.ts';

type Get = (url: string, headers?: Record<string, string>) => Promise<HttpResponse>;

/** One discovery run of a definition (robots.txt, its entry page, its family's reading), nothing downloaded. */
export async function verifyDiscovery(source: Source, get: Get, now: Date): Promise<SourceVerification> {
  const at = now.toISOString();
  const failed = (error: string): SourceVerification => ({ at, ok: false, issues: 0, error });
  const robots = new RobotsCache();
  const rules = await robots.rulesFor(originOf(source.discovery), get);
  if (typeof rules === 'string') return failed(rules);
  const entry = entryUrlOf(source.discovery);
  if (entry && !(await robots.allows(entry, get))) return failed(`robots.txt 禁止抓取索引页 disallows the index page: ${entry}`);
  try {
    const found = await discover(source.discovery, { get, now, previous: { etag: null, lastModified: null }, allows: (u) => robots.allows(u, get) });
    const issues = found.status === 'found' ? found.issues.length : 0;
    if (issues === 0 && source.discovery.method !== 'dated-url') return failed('索引页可读但没有找到期次 the page was read but listed no issues');
    return { at, ok: true, issues, error: null };
  } catch (err) {
    if (err instanceof IngestError) return failed(err.message);
    throw err;
  }
}

/**
 * `gw sources verify`: the result is kept on the source's health; a definition that worked loses its
 * `unverified` mark (and one that failed keeps or regains it).
 */
export async function recordVerification(repo: SourceRepository, source: Source, result: SourceVerification): Promise<void> {
  const health = await repo.getHealth(source.id);
  await repo.putHealth({ ...health, verification: result });
  if (source.unverified === result.ok) await repo.put({ ...source, unverified: !result.ok });
}
