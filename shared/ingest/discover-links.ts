export interface DiscoveredLink {
  url: string;
  text: string;
}

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a>/gi;

const decodeEntities = (s: string): string =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/**
 * The links of an index page whose absolute URL matches the source's pattern,
 * in page order, each URL once (an issue listed twice is one issue).
 */
export function discoverLinks(html: string, baseUrl: string, linkPattern: string): DiscoveredLink[] {
  const pattern = new RegExp(linkPattern);
  const seen = new Set<string>();
  const links: DiscoveredLink[] = [];
  for (const m of html.matchAll(ANCHOR)) {
    const href = decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
    if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href, baseUrl);
    } catch {
      continue;
    }
    url.hash = '';
    if (!pattern.test(url.href) || seen.has(url.href)) continue;
    seen.add(url.href);
    const text = decodeEntities((m[4] ?? '').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    links.push({ url: url.href, text });
  }
  return links;
}
