import { decodeHtml } from '../decode-html.ts';
import { IngestError } from '../errors.ts';
import type { ListedLink } from './list-items.ts';
import { nextPage } from './pagination.ts';
import { conditionalGet, mayRead, validatorsOf, type DiscoveredIssue, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/** Reads one list page's entries (the family's own reading of a page). */
export type PageReader = (html: string, pageUrl: string) => ListedLink[];

/**
 * A list column over several pages: the index with conditional GET (304 → not modified: a newest-first list
 * changes its first page whenever anything is added), then up to `maxPages - 1` following pages (each allowed
 * by robots.txt). A following page that fails ends the paging for this run; what was read counts.
 */
export async function readListPages(indexUrl: string, maxPages: number, ctx: DiscoveryContext, read: PageReader): Promise<DiscoveryResult> {
  const first = await conditionalGet(ctx, indexUrl);
  if (!first) return { status: 'not-modified' };
  const seen = new Set<string>([first.url]);
  const issues = new Map<string, DiscoveredIssue>();
  let html = decodeHtml(first.bytes, first.headers.get('content-type'));
  let pageUrl = first.url;
  for (let page = 1; ; page++) {
    for (const link of read(html, pageUrl)) {
      if (!issues.has(link.url)) issues.set(link.url, { url: link.url, title: link.title, publishedAt: link.publishedAt, mayBeAbsent: false });
    }
    const next = page < maxPages ? nextPage(html, pageUrl) : null;
    if (!next || seen.has(next) || !(await mayRead(ctx, next))) break;
    seen.add(next);
    try {
      const res = await ctx.get(next);
      html = decodeHtml(res.bytes, res.headers.get('content-type'));
      pageUrl = res.url;
    } catch (err) {
      if (err instanceof IngestError) break;
      throw err;
    }
  }
  return { status: 'found', issues: [...issues.values()], validators: validatorsOf(first) };
}
