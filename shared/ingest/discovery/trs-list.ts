import { listedLinks, urlDate, type ListedLink } from './list-items.ts';
import { readListPages } from './list-pages.ts';
import type { DiscoveryContext, DiscoveryResult } from './types.ts';

/**
 * A TRS WCM column (index.html, index_1.html … named by createPageHTML / countPage): its detail links
 * (./202401/t20240105_123456.html), dated by the day TRS writes into the URL when the list prints none,
 * titled by the link's title attribute (list texts are cut with "…").
 */
export function discoverFromTrsList(discovery: { indexUrl: string; linkPattern: string; maxPages: number }, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  const pattern = new RegExp(discovery.linkPattern);
  return readListPages(discovery.indexUrl, discovery.maxPages, ctx, (html, pageUrl) => listedLinks(html, pageUrl, pattern).map(preferUrlDate));
}

/** TRS's t{yyyymmdd} is the publication day; a printed date may be the 成文 date or an update. */
const preferUrlDate = (link: ListedLink): ListedLink => ({ ...link, publishedAt: urlDate(link.url) ?? link.publishedAt });
