import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A strong validator derived from the bytes served. */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;

/** HTTP dates carry whole seconds only. */
const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

/**
 * RFC 9110 §13.1: If-None-Match decides when present (weak comparison, "*" matches anything);
 * otherwise If-Modified-Since answers 304 when the resource has not changed since that date.
 */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const bare = (tag: string): string => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && seconds(lastModified) <= Math.floor(since / 1000);
  }
  return false;
}
