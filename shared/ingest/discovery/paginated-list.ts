import { listedLinks } from './list-items.ts';
import { readListPages } from './list-pages.ts';
import type { DiscoveryContext, DiscoveryResult } from './types.ts';

/**
 * A list column spread over index.html, index_1.html …: the links matching the source's pattern on the index
 * and the pages after it (named by a createPageHTML script, a 下一页 link or index_n links), with the date
 * printed beside each link.
 */
export function discoverFromPaginatedList(
  discovery: { indexUrl: string; linkPattern: string; maxPages: number },
  ctx: DiscoveryContext,
): Promise<DiscoveryResult> {
  const pattern = new RegExp(discovery.linkPattern);
  return readListPages(discovery.indexUrl, discovery.maxPages, ctx, (html, pageUrl) => listedLinks(html, pageUrl, pattern));
}
