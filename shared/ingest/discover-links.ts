/**
 * The links of an index page, read with the HTML parser (entities, unquoted and malformed attributes,
 * fragments): every <a href> in page order whose absolute URL matches the source's pattern, each URL once,
 * at most `maxLinks` of them (a hostile or broken page with 100,000 links costs one bounded pass).
 */
import { parseMarkup } from './text/html/dom.ts';
import { attr, collapse, elementsOf, textOf } from './text/html/walk.ts';

export interface DiscoveredLink {
  url: string;
  text: string;
}

/** Links kept per index page unless the source says otherwise; the rest wait for a later run. */
export const DEFAULT_MAX_LINKS_PER_PAGE = 2000;

export interface DiscoverLinksOptions {
  maxLinks?: number;
}

export function discoverLinks(html: string, baseUrl: string, linkPattern: string, options: DiscoverLinksOptions = {}): DiscoveredLink[] {
  const maxLinks = options.maxLinks ?? DEFAULT_MAX_LINKS_PER_PAGE;
  const pattern = new RegExp(linkPattern);
  const seen = new Set<string>();
  const links: DiscoveredLink[] = [];
  if (maxLinks <= 0) return links;
  const doc = parseMarkup(html);
  for (const a of elementsOf(doc.children)) {
    if (a.name !== 'a') continue;
    const href = attr(a, 'href').trim();
    if (!href || href.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href, baseUrl);
    } catch {
      continue;
    }
    url.hash = '';
    if (!pattern.test(url.href) || seen.has(url.href)) continue;
    seen.add(url.href);
    links.push({ url: url.href, text: collapse(textOf(a)) });
    if (links.length >= maxLinks) break;
  }
  return links;
}
