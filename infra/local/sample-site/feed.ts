import type { SiteEntry, SiteSource } from './catalogue.ts';
import { hrefOf } from './index-page.ts';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RFC 822 date of a site day: pages appear at 10:00 Beijing time. */
const rfc822 = (isoDate: string): string => new Date(`${isoDate}T10:00:00+08:00`).toUTCString();

/** The RSS 2.0 feed of a source's column, newest first, links written in the source's link style. */
export function renderFeed(source: SiteSource, entries: readonly SiteEntry[], baseUrl: string, feedPath: string): string {
  const items = entries
    .map(
      (e) => `    <item>
      <title>${escapeXml(e.title)}</title>
      <link>${escapeXml(hrefOf(source, e, baseUrl))}</link>
      <guid isPermaLink="false">${escapeXml(e.path)}</guid>
      <pubDate>${rfc822(e.published)}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${source.column}_${source.owner}`)}</title>
    <link>${escapeXml(`${baseUrl}/${source.id}/index.html`)}</link>
    <atom:link href="${escapeXml(`${baseUrl}${feedPath}`)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(source.name)}</description>
    <language>zh-cn</language>
${items}
  </channel>
</rss>
`;
}
