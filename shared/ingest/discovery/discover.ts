import type { Discovery } from '../../model/source.ts';
import { discoverFromDatedUrl } from './dated-url.ts';
import { discoverFromFeed } from './feed.ts';
import { discoverFromHtmlIndex } from './html-index.ts';
import type { DiscoveryContext, DiscoveryResult } from './types.ts';

export type { DiscoveredIssue, DiscoveryContext, DiscoveryResult, Validators } from './types.ts';

/** Finds a source's issues with the strategy its definition names. Failures of the index/feed throw IngestError. */
export function discover(discovery: Discovery, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  switch (discovery.method) {
    case 'html-index':
      return discoverFromHtmlIndex(discovery, ctx);
    case 'feed':
      return discoverFromFeed(discovery, ctx);
    case 'dated-url':
      return discoverFromDatedUrl(discovery, ctx);
  }
}

/** The page the strategy reads first (robots.txt must allow it), or null when there is none (dated URLs). */
export function entryUrlOf(discovery: Discovery): string | null {
  switch (discovery.method) {
    case 'html-index':
      return discovery.indexUrl;
    case 'feed':
      return discovery.feedUrl;
    case 'dated-url':
      return null;
  }
}

/** The origin whose robots.txt is read before anything else of the source. */
export function originOf(discovery: Discovery): string {
  const url = discovery.method === 'dated-url' ? discovery.urlTemplate.replace(/\{[^}]*\}/g, '0') : (entryUrlOf(discovery) ?? '');
  return new URL(url).origin;
}
