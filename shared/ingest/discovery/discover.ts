import type { ListDiscovery } from '../../model/discovery-families.ts';
import type { Discovery } from '../../model/source.ts';
import { discoverFromDatedUrl } from './dated-url.ts';
import { discoverFromDetailAttachments } from './detail-attachments.ts';
import { discoverFromFeed } from './feed.ts';
import { discoverFromHanwebJpage } from './hanweb-jpage.ts';
import { discoverFromHtmlIndex } from './html-index.ts';
import { discoverFromJsonList } from './json-list.ts';
import { discoverFromPaginatedList } from './paginated-list.ts';
import { discoverFromTrsList } from './trs-list.ts';
import type { DiscoveryContext, DiscoveryResult } from './types.ts';

export type { DiscoveredIssue, DiscoveryContext, DiscoveryResult, Validators } from './types.ts';

/**
 * Finds a source's issues with the strategy its definition names — the one place a discovery family is
 * registered (its schema is a member of the union in shared/model/source.ts). Failures of the index/feed
 * throw IngestError.
 */
export function discover(discovery: Discovery, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  switch (discovery.method) {
    case 'html-index':
      return discoverFromHtmlIndex(discovery, ctx);
    case 'feed':
      return discoverFromFeed(discovery, ctx);
    case 'dated-url':
      return discoverFromDatedUrl(discovery, ctx);
    case 'paginated-list':
      return discoverFromPaginatedList(discovery, ctx);
    case 'trs-list':
      return discoverFromTrsList(discovery, ctx);
    case 'hanweb-jpage':
      return discoverFromHanwebJpage(discovery, ctx);
    case 'json-list':
      return discoverFromJsonList(discovery, ctx);
    case 'detail-attachments':
      return discoverFromDetailAttachments(discovery, ctx, (list: ListDiscovery, c) => discover(list, c));
  }
}

/** The page the strategy reads first (robots.txt must allow it), or null when there is none (dated URLs). */
export function entryUrlOf(discovery: Discovery): string | null {
  switch (discovery.method) {
    case 'html-index':
    case 'paginated-list':
    case 'trs-list':
    case 'hanweb-jpage':
      return discovery.indexUrl;
    case 'feed':
      return discovery.feedUrl;
    case 'json-list':
      return discovery.listUrl;
    case 'detail-attachments':
      return entryUrlOf(discovery.list);
    case 'dated-url':
      return null;
  }
}

/** The origin whose robots.txt is read before anything else of the source. */
export function originOf(discovery: Discovery): string {
  const url = discovery.method === 'dated-url' ? discovery.urlTemplate.replace(/\{[^}]*\}/g, '0') : (entryUrlOf(discovery) ?? '');
  return new URL(url).origin;
}
