import { permanent } from '../../../../../shared/ingest/errors.ts';
import type { HttpResponse } from '../../../../../shared/ingest/http-client.ts';
import type { DiscoveryContext } from '../../../../../shared/ingest/discovery/types.ts';

/** An in-memory site for discovery unit tests: URL → body; 404 for anything else; records each GET. */
export function fakeSite(pages: Record<string, string | { body: string; type: string; etag?: string }>) {
  const requests: string[] = [];
  const get = async (url: string, headers: Record<string, string> = {}): Promise<HttpResponse> => {
    requests.push(url);
    const page = pages[url];
    if (page === undefined) throw permanent(`HTTP 404: ${url}`, 404);
    const { body, type, etag } = typeof page === 'string' ? { body: page, type: 'text/html; charset=utf-8', etag: undefined } : page;
    if (etag && headers['if-none-match'] === etag) return { status: 304, url, headers: new Headers({ etag }), bytes: new Uint8Array(0) };
    return { status: 200, url, headers: new Headers({ 'content-type': type, ...(etag ? { etag } : {}) }), bytes: new TextEncoder().encode(body) };
  };
  const ctx = (extra: Partial<DiscoveryContext> = {}): DiscoveryContext => ({ get, now: new Date('2024-01-20T02:00:00Z'), previous: { etag: null, lastModified: null }, ...extra });
  return { get, ctx, requests };
}

export const html = (body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>列表</title></head><body><a href="/index.html">首页</a>${body}</body></html>`;
