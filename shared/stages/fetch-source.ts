import type { IssueRecord } from '../model/issue.ts';
import type { ProcessMessage } from '../model/messages.ts';
import type { Source } from '../model/source.ts';
import { decodeHtml } from '../ingest/decode-html.ts';
import { discoverLinks, type DiscoveredLink } from '../ingest/discover-links.ts';
import { IngestError } from '../ingest/errors.ts';
import { httpGet, withRetries, type HttpResponse } from '../ingest/http-client.ts';
import { allowAll, isAllowed, parseRobots, type RobotsRules } from '../ingest/robots.ts';
import { extensionOf, sniffContentType } from '../ingest/sniff.ts';
import type { BlobStore, IssueRepository, QueuePort, SourceRepository } from '../store/ports.ts';
import { sha256Hex, stableId } from '../util/hash.ts';

export interface FetchDeps {
  sources: SourceRepository;
  issues: IssueRepository;
  blobs: BlobStore;
  queue: QueuePort;
  userAgent: string;
  allowPrivate: boolean;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchOutcome {
  sourceId: string;
  status: 'ok' | 'not-modified' | 'failed';
  discovered: number;
  /** Issue links robots.txt does not let us fetch. */
  disallowed: number;
  newIssues: number;
  failedIssues: number;
  reason: string | null;
}

/** Canonical form of an issue URL: no fragment, host lower-case, default port dropped. */
/** How long a fetched issue may wait for processing before the fetch stage hands it over again. */
const STUCK_AFTER_MS = 60 * 60 * 1000;

export const canonicalUrl = (url: string): string => {
  const u = new URL(url);
  u.hash = '';
  return u.href;
};

export const issueIdFor = (url: string): string => stableId(canonicalUrl(url), 20);

/**
 * One source's fetch: conditional GET of its index page, every linked issue not seen before
 * downloaded into S3 (raw/{sourceId}/{issueId}/{sha256}.{ext}), recorded, and handed to process.
 * Its health is updated whatever happens.
 */
export async function fetchSource(source: Source, deps: FetchDeps): Promise<FetchOutcome> {
  const health = await deps.sources.getHealth(source.id);
  const startedAt = deps.now().toISOString();
  const pacer = new Pacer(source.politeness.minIntervalMs, deps.sleep);
  const get = (url: string, headers?: Record<string, string>): Promise<HttpResponse> =>
    withRetries(
      async () => {
        await pacer.wait();
        return httpGet(url, {
          userAgent: deps.userAgent,
          timeoutMs: source.politeness.timeoutMs,
          maxBytes: source.politeness.maxBytes,
          allowPrivate: deps.allowPrivate,
          headers,
        });
      },
      { attempts: 3, baseDelayMs: 500, sleep: deps.sleep },
    );

  const failed = async (reason: string): Promise<FetchOutcome> => {
    await deps.sources.putHealth({ ...health, lastCheckedAt: startedAt, consecutiveFailures: health.consecutiveFailures + 1, lastError: reason });
    return { sourceId: source.id, status: 'failed', discovered: 0, disallowed: 0, newIssues: 0, failedIssues: 0, reason };
  };

  if (source.discovery.method !== 'html-index') {
    return failed(`暂不支持的发现方式 discovery method not supported yet: ${source.discovery.method}`);
  }
  const robots = await loadRobots(new URL(source.discovery.indexUrl).origin, get);
  if (typeof robots === 'string') return failed(robots);
  if (!isAllowed(robots, pathOf(source.discovery.indexUrl))) {
    return failed(`robots.txt 禁止抓取索引页 disallows the index page: ${source.discovery.indexUrl}`);
  }

  let index: HttpResponse;
  try {
    const validators: Record<string, string> = {};
    if (health.indexEtag) validators['if-none-match'] = health.indexEtag;
    if (health.indexLastModified) validators['if-modified-since'] = health.indexLastModified;
    index = await get(source.discovery.indexUrl, validators);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    await deps.sources.putHealth({ ...health, lastCheckedAt: startedAt, consecutiveFailures: health.consecutiveFailures + 1, lastError: reason });
    if (err instanceof IngestError) return failed(reason);
    throw err;
  }
  if (index.status === 304) {
    await deps.sources.putHealth({ ...health, lastCheckedAt: startedAt, lastSuccessAt: startedAt, consecutiveFailures: 0, lastError: null });
    return { sourceId: source.id, status: 'not-modified', discovered: 0, disallowed: 0, newIssues: 0, failedIssues: 0, reason: null };
  }

  const found = discoverLinks(decodeHtml(index.bytes, index.headers.get('content-type')), index.url, source.discovery.linkPattern);
  const links = found.filter((l) => new URL(l.url).origin !== new URL(index.url).origin || isAllowed(robots, pathOf(l.url)));
  let newIssues = 0;
  let failedIssues = 0;
  for (const link of links) {
    const result = await fetchIssue(source, link, get, deps);
    if (result === 'new') newIssues++;
    if (result === 'failed') failedIssues++;
  }
  await deps.sources.putHealth({
    ...health,
    lastCheckedAt: startedAt,
    lastSuccessAt: startedAt,
    lastNewIssueAt: newIssues > 0 ? startedAt : health.lastNewIssueAt,
    consecutiveFailures: 0,
    lastError: null,
    indexEtag: index.headers.get('etag'),
    indexLastModified: index.headers.get('last-modified'),
  });
  return { sourceId: source.id, status: 'ok', discovered: found.length, disallowed: found.length - links.length, newIssues, failedIssues, reason: null };
}

const pathOf = (url: string): string => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/**
 * robots.txt of the host: missing (4xx) allows everything; unreachable (5xx, timeout) allows nothing
 * for this run, as RFC 9309 asks — returned as the reason the source could not be fetched.
 */
async function loadRobots(origin: string, get: (url: string) => Promise<HttpResponse>): Promise<RobotsRules | string> {
  try {
    const res = await get(`${origin}/robots.txt`);
    return parseRobots(new TextDecoder('utf-8').decode(res.bytes), 'gazette-watch');
  } catch (err) {
    if (err instanceof IngestError && !err.retryable) return allowAll;
    if (err instanceof IngestError) return `robots.txt 无法获取，本轮不抓取 robots.txt unreachable: ${err.message}`;
    throw err;
  }
}

async function fetchIssue(
  source: Source,
  link: DiscoveredLink,
  get: (url: string) => Promise<HttpResponse>,
  deps: FetchDeps,
): Promise<'new' | 'known' | 'failed'> {
  const issueId = issueIdFor(link.url);
  const existing = await deps.issues.get(source.id, issueId);
  if (existing) {
    // A record stuck in 'fetched' (a crash before the hand-over) is handed over again; process is idempotent.
    const stuck = existing.status === 'fetched' && deps.now().getTime() - Date.parse(existing.fetchedAt) > STUCK_AFTER_MS;
    if (stuck) await deps.queue.send('process', toMessage(existing));
    return 'known';
  }
  const fetchedAt = deps.now().toISOString();
  let record: IssueRecord;
  try {
    const res = await get(link.url);
    const type = sniffContentType(res.bytes);
    const sha256 = sha256Hex(res.bytes);
    const rawKey = `raw/${source.id}/${issueId}/${sha256}.${extensionOf(type)}`;
    await deps.blobs.put(rawKey, res.bytes, {
      contentType: type === 'pdf' ? 'application/pdf' : type === 'html' ? `text/html; charset=${charsetOf(res)}` : 'text/plain; charset=utf-8',
      metadata: { 'source-url': link.url, 'fetched-at': fetchedAt, sha256, 'content-type': res.headers.get('content-type') ?? '' },
    });
    record = {
      sourceId: source.id,
      issueId,
      url: canonicalUrl(link.url),
      title: link.text || null,
      contentType: type,
      sha256,
      rawKey,
      status: 'fetched',
      reason: null,
      fetchedAt,
      processedAt: null,
      documentCount: null,
    };
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    if (err.retryable) return 'failed'; // not recorded: the next cycle tries again
    await deps.issues.create({
      sourceId: source.id,
      issueId,
      url: canonicalUrl(link.url),
      title: link.text || null,
      contentType: 'text',
      sha256: sha256Hex(''),
      rawKey: '',
      status: 'failed',
      reason: err.message,
      fetchedAt,
      processedAt: null,
      documentCount: null,
    });
    return 'failed';
  }
  if (await deps.issues.create(record)) await deps.queue.send('process', toMessage(record));
  return 'new';
}

const charsetOf = (res: HttpResponse): string => /charset\s*=\s*([\w-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';

const toMessage = (r: IssueRecord): ProcessMessage => ({ sourceId: r.sourceId, issueId: r.issueId, rawKey: r.rawKey });

/** Keeps at least minIntervalMs between two requests to the same source's host. */
class Pacer {
  private last = 0;
  constructor(
    private readonly minIntervalMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}
  async wait(): Promise<void> {
    const due = this.last + this.minIntervalMs - Date.now();
    if (due > 0) await this.sleep(due);
    this.last = Date.now();
  }
}
