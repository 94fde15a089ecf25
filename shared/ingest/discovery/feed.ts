import { decodeHtml } from '../decode-html.ts';
import { permanent } from '../errors.ts';
import { conditionalGet, validatorsOf, type DiscoveredIssue, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/** One item of an RSS 2.0 / RSS 1.0 / Atom feed. */
export interface FeedItem {
  url: string;
  title: string | null;
  /** pubDate / dc:date (RSS), published else updated (Atom), as an ISO instant; null when absent or unreadable. */
  publishedAt: string | null;
}

const decodeEntities = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/**
 * Text content of an element body: CDATA kept verbatim, entities decoded once. With `html` (Atom type="html"
 * or "xhtml") the result is markup: its tags are dropped and its own entities decoded.
 */
function textOf(body: string, html = false): string {
  const parts: string[] = [];
  let rest = body;
  for (;;) {
    const start = rest.indexOf('<![CDATA[');
    const end = start < 0 ? -1 : rest.indexOf(']]>', start);
    if (end < 0) break;
    parts.push(decodeEntities(rest.slice(0, start)), rest.slice(start + 9, end));
    rest = rest.slice(end + 3);
  }
  parts.push(decodeEntities(rest));
  const text = parts.join('');
  return (html ? decodeEntities(text.replace(/<[^>]+>/g, '')) : text).replace(/\s+/g, ' ').trim();
}

/** The first child element named `tag` (optionally namespace-prefixed when `prefixed`): its attributes and body. */
function element(xml: string, tag: string, prefixed = false): { attrs: string; body: string } | null {
  const name = prefixed ? `(?:[\\w-]+:)?${tag}` : tag;
  const m = new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}\\s*>)`, 'i').exec(xml);
  return m ? { attrs: m[1] ?? '', body: m[2] ?? '' } : null;
}

const child = (xml: string, tag: string, prefixed = false): string | null => element(xml, tag, prefixed)?.body ?? null;

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : null;
};

/**
 * A feed date as an ISO instant. RFC 822 (RSS) and RFC 3339 (Atom) dates are read as written; dates without a
 * zone ("2023-10-02 10:00:00", common on Chinese CMSs) and the zone name "CST" mean Beijing time (UTC+8).
 */
export function parseFeedDate(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const local = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const pad = (s: string | undefined): string => (s ?? '0').padStart(2, '0');
  const normalised = local
    ? `${local[1]}-${pad(local[2])}-${pad(local[3])}T${pad(local[4])}:${pad(local[5])}:${pad(local[6])}+08:00`
    : t.replace(/\bCST$/i, '+0800');
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

interface RawItem {
  link: string | null;
  title: string | null;
  date: string | null;
}

function rssItem(body: string): RawItem {
  const link = child(body, 'link');
  const guid = /<guid\b([^>]*)>([\s\S]*?)<\/guid\s*>/i.exec(body);
  const guidLink = guid && attr(guid[1] ?? '', 'isPermaLink') !== 'false' ? textOf(guid[2] ?? '') : null;
  const enclosure = /<enclosure\b[^>]*>/i.exec(body)?.[0];
  const date = child(body, 'pubDate') ?? child(body, 'dc:date');
  return {
    link: (link !== null && textOf(link)) || (guidLink && /^https?:|^\//i.test(guidLink) ? guidLink : null) || (enclosure ? attr(enclosure, 'url') : null),
    title: nonEmpty(textOf(child(body, 'title') ?? '')),
    date: date === null ? null : textOf(date),
  };
}

const nonEmpty = (s: string): string | null => (s === '' ? null : s);

function atomEntry(body: string): RawItem {
  const links = [...body.matchAll(/<(?:[\w-]+:)?link\b[^>]*>/gi)].map((m) => m[0]);
  const rel = (l: string): string => attr(l, 'rel') ?? 'alternate';
  const chosen = links.find((l) => rel(l) === 'alternate') ?? links.find((l) => rel(l) === 'enclosure');
  const title = element(body, 'title', true);
  const date = child(body, 'published', true) ?? child(body, 'updated', true);
  return {
    link: chosen ? attr(chosen, 'href') : null,
    title: title ? nonEmpty(textOf(title.body, /^(x?html)$/i.test(attr(title.attrs, 'type') ?? ''))) : null,
    date: date === null ? null : textOf(date),
  };
}

/**
 * Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order, each URL once (fragment dropped,
 * relative links resolved against the feed URL). Items without a usable http(s) link are skipped.
 */
export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  const isAtom = /<(?:[\w-]+:)?feed\b/i.test(xml) && !/<rss\b|<rdf:RDF\b/i.test(xml);
  const isRss = /<rss\b|<rdf:RDF\b|<channel\b/i.test(xml);
  if (!isAtom && !isRss) throw permanent(`不是 RSS/Atom 订阅源 not an RSS or Atom feed: ${feedUrl}`);
  const blocks = isAtom
    ? [...xml.matchAll(/<(?:[\w-]+:)?entry\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?entry\s*>/gi)].map((m) => atomEntry(m[1] ?? ''))
    : [...xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item\s*>/gi)].map((m) => rssItem(m[1] ?? ''));
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const b of blocks) {
    if (!b.link) continue;
    let url: URL;
    try {
      url = new URL(b.link.trim(), feedUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    items.push({ url: url.href, title: b.title, publishedAt: b.date === null ? null : parseFeedDate(b.date) });
  }
  return items;
}

/** A feed (conditional GET): its items' links are issues, their dates kept as the issues' published dates. */
export async function discoverFromFeed(discovery: { feedUrl: string; linkPattern?: string | undefined }, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  const res = await conditionalGet(ctx, discovery.feedUrl);
  if (!res) return { status: 'not-modified' };
  const items = parseFeed(decodeHtml(res.bytes, res.headers.get('content-type')), res.url);
  const pattern = discovery.linkPattern ? new RegExp(discovery.linkPattern) : null;
  const issues: DiscoveredIssue[] = items
    .filter((i) => !pattern || pattern.test(i.url))
    .map((i) => ({ url: i.url, title: i.title, publishedAt: i.publishedAt, mayBeAbsent: false }));
  return { status: 'found', issues, validators: validatorsOf(res) };
}
