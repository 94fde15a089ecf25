import { decodeHtml } from '../decode-html.ts';
import { discoverLinks } from '../discover-links.ts';
import { conditionalGet, validatorsOf, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/**
 * An HTML index page (conditional GET) whose links matching the source's pattern are issues, each once, at
 * most `maxLinks` (default DEFAULT_MAX_LINKS_PER_PAGE) in page order.
 */
export async function discoverFromHtmlIndex(
  discovery: { indexUrl: string; linkPattern: string; maxLinks?: number | undefined },
  ctx: DiscoveryContext,
): Promise<DiscoveryResult> {
  const res = await conditionalGet(ctx, discovery.indexUrl);
  if (!res) return { status: 'not-modified' };
  const html = decodeHtml(res.bytes, res.headers.get('content-type'));
  const links = discoverLinks(html, res.url, discovery.linkPattern, discovery.maxLinks === undefined ? {} : { maxLinks: discovery.maxLinks });
  return {
    status: 'found',
    issues: links.map((l) => ({ url: l.url, title: l.text || null, publishedAt: null, mayBeAbsent: false })),
    validators: validatorsOf(res),
  };
}
