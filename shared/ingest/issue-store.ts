import type { IssueRecord } from '../model/issue.ts';
import type { ExtractMessage } from '../model/messages.ts';
import type { BlobStore, IssueRepository, QueuePort } from '../store/ports.ts';
import { sha256Hex, stableId } from '../util/hash.ts';
import { detectCharset } from './decode-html.ts';
import type { DiscoveredIssue } from './discovery/types.ts';
import { IngestError, isAbsent } from './errors.ts';
import type { HttpResponse } from './http-client.ts';
import { extensionOf, incompleteReason, sniffContentType } from './sniff.ts';

export interface IssueStoreDeps {
  issues: IssueRepository;
  blobs: BlobStore;
  queue: QueuePort;
  now: () => Date;
}

export type Get = (url: string, headers?: Record<string, string>) => Promise<HttpResponse>;

/** sha256 of no bytes: the record of an issue that failed before any bytes arrived. */
export const EMPTY_SHA256 = sha256Hex('');

/** Canonical form of an issue URL: no fragment, host lower-case, default port dropped. */
export const canonicalUrl = (url: string): string => {
  const u = new URL(url);
  u.hash = '';
  return u.href;
};

export const issueIdFor = (url: string): string => stableId(canonicalUrl(url), 20);

/** The extract-queue hand-over of a stored issue file. */
export const toMessage = (r: IssueRecord): ExtractMessage => ({ sourceId: r.sourceId, issueId: r.issueId, rawKey: r.rawKey });

/**
 * Bytes that came back, checked and, when usable, archived at raw/{sourceId}/{issueId}/{sha256}.{ext}; an HTML
 * page is stored with the charset it is really in (a wrong header is common), the header kept in metadata.
 */
type Stored =
  | { ok: true; sha256: string; rawKey: string; contentType: IssueRecord['contentType']; httpContentType: string }
  | { ok: false; sha256: string; reason: string };

async function archive(sourceId: string, issueId: string, url: string, res: HttpResponse, fetchedAt: string, blobs: BlobStore): Promise<Stored> {
  const type = sniffContentType(res.bytes);
  const sha256 = sha256Hex(res.bytes);
  const problem = incompleteReason(type, res.bytes);
  if (problem) return { ok: false, sha256, reason: `${problem}: ${url}` };
  const rawKey = `raw/${sourceId}/${issueId}/${sha256}.${extensionOf(type)}`;
  const header = res.headers.get('content-type');
  const textCharset = /charset\s*=\s*["']?([\w-]+)/i.exec(header ?? '')?.[1];
  const httpContentType =
    type === 'pdf'
      ? 'application/pdf'
      : type === 'html'
        ? `text/html; charset=${detectCharset(res.bytes, header)}`
        : textCharset
          ? `text/plain; charset=${textCharset.toLowerCase()}`
          : 'text/plain';
  await blobs.put(rawKey, res.bytes, {
    contentType: httpContentType,
    metadata: { 'source-url': url, 'fetched-at': fetchedAt, sha256, 'content-type': res.headers.get('content-type') ?? '' },
  });
  return { ok: true, sha256, rawKey, contentType: type, httpContentType };
}

/** The outcome of a new issue, with the record when one was written (the source's compact index keeps it). */
export type NewIssueResult = { kind: 'new'; record: IssueRecord } | { kind: 'absent' } | { kind: 'failed'; reason: string; record?: IssueRecord };

/**
 * A discovered issue not seen before: downloaded, archived, recorded, handed to process once (the record is
 * created with a condition, so two runs racing on the same URL enqueue it once). Permanent failures are
 * recorded with their reason; transient ones are not, so the next run tries again. A guessed URL that 404s
 * (dated-url) is "nothing published" and leaves no trace.
 */
export async function fetchNewIssue(sourceId: string, found: DiscoveredIssue, get: Get, deps: IssueStoreDeps): Promise<NewIssueResult> {
  const url = canonicalUrl(found.url);
  const issueId = issueIdFor(url);
  const fetchedAt = deps.now().toISOString();
  const base = { sourceId, issueId, url, title: found.title, publishedAt: found.publishedAt, fetchedAt, firstSeenAt: fetchedAt, processedAt: null, documentCount: null, version: 1 };
  let res: HttpResponse;
  try {
    res = await get(url);
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    if (found.mayBeAbsent && isAbsent(err)) return { kind: 'absent' };
    if (err.retryable) return { kind: 'failed', reason: err.message }; // not recorded: the next run tries again
    const failed: IssueRecord = { ...base, contentType: 'text', sha256: EMPTY_SHA256, rawKey: '', status: 'failed', reason: err.message, httpStatus: err.status };
    await deps.issues.create(failed);
    return { kind: 'failed', reason: err.message, record: failed };
  }
  const stored = await archive(sourceId, issueId, url, res, fetchedAt, deps.blobs);
  const validators = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
  if (!stored.ok) {
    const failed: IssueRecord = { ...base, ...validators, contentType: 'text', sha256: stored.sha256, rawKey: '', status: 'failed', reason: stored.reason };
    await deps.issues.create(failed);
    return { kind: 'failed', reason: stored.reason, record: failed };
  }
  const record: IssueRecord = { ...base, ...validators, contentType: stored.contentType, httpContentType: stored.httpContentType, sha256: stored.sha256, rawKey: stored.rawKey, status: 'fetched', reason: null };
  if (await deps.issues.create(record)) await deps.queue.send('extract', toMessage(record));
  return { kind: 'new', record };
}

/**
 * Statuses of a linked file that may still appear: sites link an issue before its PDF is uploaded, or
 * protect it for a while. Other failures before any bytes (too large, refused address) stay final.
 */
export const MAY_APPEAR_LATER: ReadonlySet<number> = new Set([403, 404, 410]);

/** Whether the record holds no bytes yet: the first fetch failed before any arrived. */
export const hadNoBytes = (record: IssueRecord): boolean => record.rawKey === '' && record.sha256 === EMPTY_SHA256;

/**
 * Whether a known issue is re-checked: first seen within the window, and either bytes were seen once (a file
 * replaced in place) or the link answered 403/404/410 (a file not uploaded yet — a notice must not be missed).
 */
export function isRecheckDue(record: IssueRecord, now: Date, recheckDays: number): boolean {
  if (recheckDays <= 0) return false;
  if (hadNoBytes(record) && !MAY_APPEAR_LATER.has(record.httpStatus ?? 0)) return false;
  const firstSeen = Date.parse(record.firstSeenAt ?? record.fetchedAt);
  return !Number.isNaN(firstSeen) && now.getTime() - firstSeen <= recheckDays * 24 * 3600 * 1000;
}

/** The outcome of a re-check, with the record as written when it changed. */
export type RecheckResult = { kind: 'unchanged' } | { kind: 'revised'; record: IssueRecord } | { kind: 'appeared'; record: IssueRecord } | { kind: 'failed'; reason: string; record?: IssueRecord };

/**
 * A known issue fetched again (conditional GET with its stored validators). Same bytes: nothing happens.
 * Different bytes (a corrected file republished at the same URL): archived under the new sha256, the record
 * moves to the next version and back to 'fetched', and process gets one message — the record is replaced
 * only if it still holds the old sha256, so concurrent runs enqueue the new version once. A file that failed
 * with 403/404/410 at first and is there now is 'appeared': a new issue, version 1.
 */
export async function recheckIssue(record: IssueRecord, get: Get, deps: IssueStoreDeps): Promise<RecheckResult> {
  const headers: Record<string, string> = {};
  if (record.etag) headers['if-none-match'] = record.etag;
  if (record.lastModified) headers['if-modified-since'] = record.lastModified;
  let res: HttpResponse;
  try {
    res = await get(record.url, headers);
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    // A file taken down keeps its archived copy; only transient failures are worth reporting.
    return err.retryable ? { kind: 'failed', reason: `复查 recheck: ${err.message}` } : { kind: 'unchanged' };
  }
  if (res.status === 304 || sha256Hex(res.bytes) === record.sha256) return { kind: 'unchanged' };
  const fetchedAt = deps.now().toISOString();
  const stored = await archive(record.sourceId, record.issueId, record.url, res, fetchedAt, deps.blobs);
  const firstBytes = hadNoBytes(record);
  const next: IssueRecord = {
    ...record,
    // The first bytes of a file that was linked before it was uploaded are its version 1.
    version: firstBytes ? (record.version ?? 1) : (record.version ?? 1) + 1,
    httpStatus: null,
    firstSeenAt: record.firstSeenAt ?? record.fetchedAt,
    fetchedAt,
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
    sha256: stored.sha256,
    processedAt: null,
    documentCount: null,
    ...(stored.ok
      ? { contentType: stored.contentType, httpContentType: stored.httpContentType, rawKey: stored.rawKey, status: 'fetched' as const, reason: null, attempts: 0, lastError: null, partialReason: null }
      : { rawKey: '', status: 'failed' as const, reason: stored.reason }),
  };
  if (!(await deps.issues.replace(next, record.sha256))) return { kind: 'unchanged' }; // another run got there first
  if (!stored.ok) return { kind: 'failed', reason: stored.reason, record: next };
  await deps.queue.send('extract', toMessage(next));
  return firstBytes ? { kind: 'appeared', record: next } : { kind: 'revised', record: next };
}
