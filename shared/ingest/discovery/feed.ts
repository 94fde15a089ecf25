import { Element } from 'domhandler';
import { decodeHtml } from '../decode-html.ts';
import { permanent } from '../errors.ts';
import { parseMarkup } from '../text/html/dom.ts';
import { collapse, elementsOf, textOf } from '../text/html/walk.ts';
import { conditionalGet, validatorsOf, type DiscoveredIssue, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/** One item of an RSS 2.0 / RSS 1.0 / Atom feed. */
export interface FeedItem {
  url: string;
  title: string | null;
  /** pubDate / dc:date (RSS), published else updated (Atom), as an ISO instant; null when absent or unreadable. */
  publishedAt: string | null;
}

/** Local name of an element, lower case, without its namespace prefix (atom:link → link). */
const localName = (el: Element): string => el.name.toLowerCase().replace(/^[\w.-]+:/, '');

const childrenNamed = (el: Element, name: string, prefixed = true): Element[] =>
  el.children.filter((c): c is Element => c instanceof Element && (prefixed ? localName(c) === name : c.name.toLowerCase() === name));

const childNamed = (el: Element, name: string, prefixed = true): Element | null => childrenNamed(el, name, prefixed)[0] ?? null;

/** An attribute by name, case-insensitively (XML keeps the case it was written in). */
function attrOf(el: Element, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(el.attribs)) if (k.toLowerCase() === wanted) return v;
  return null;
}

/** Text of an element (CDATA verbatim, entities decoded by the parser); with `html` its markup is read as HTML. */
function textOfElement(el: Element | null, html = false): string {
  if (!el) return '';
  const raw = textOf(el);
  return collapse(html ? textOf(parseMarkup(raw)) : raw);
}

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

const nonEmpty = (s: string): string | null => (s === '' ? null : s);

function rssItem(item: Element): RawItem {
  const link = textOfElement(childNamed(item, 'link', false));
  const guid = childNamed(item, 'guid', false);
  const guidLink = guid && attrOf(guid, 'isPermaLink') !== 'false' ? textOfElement(guid) : null;
  const enclosure = childNamed(item, 'enclosure', false);
  const date = childNamed(item, 'pubdate', false) ?? childNamed(item, 'dc:date', false);
  return {
    link: nonEmpty(link) ?? (guidLink && /^https?:|^\//i.test(guidLink) ? guidLink : null) ?? (enclosure ? attrOf(enclosure, 'url') : null),
    title: nonEmpty(textOfElement(childNamed(item, 'title', false))),
    date: date ? textOfElement(date) : null,
  };
}

function atomEntry(entry: Element): RawItem {
  const links = childrenNamed(entry, 'link');
  const rel = (l: Element): string => attrOf(l, 'rel') ?? 'alternate';
  const chosen = links.find((l) => rel(l) === 'alternate') ?? links.find((l) => rel(l) === 'enclosure');
  const title = childNamed(entry, 'title');
  const date = childNamed(entry, 'published') ?? childNamed(entry, 'updated');
  return {
    link: chosen ? attrOf(chosen, 'href') : null,
    title: title ? nonEmpty(textOfElement(title, /^html$/i.test(attrOf(title, 'type') ?? ''))) : null,
    date: date ? textOfElement(date) : null,
  };
}

/**
 * Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order, each URL once (fragment dropped,
 * relative links resolved against the feed URL). Items without a usable http(s) link are skipped.
 */
export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  const doc = parseMarkup(xml, { xml: true });
  const all = [...elementsOf(doc.children)];
  const isRss = all.some((e) => ['rss', 'rdf:rdf', 'channel'].includes(e.name.toLowerCase()));
  const isAtom = !isRss && all.some((e) => localName(e) === 'feed');
  if (!isAtom && !isRss) throw permanent(`不是 RSS/Atom 订阅源 not an RSS or Atom feed: ${feedUrl}`);
  const blocks = isAtom ? all.filter((e) => localName(e) === 'entry').map(atomEntry) : all.filter((e) => e.name.toLowerCase() === 'item').map(rssItem);
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
