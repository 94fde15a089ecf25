import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** One entry of a list page: a link, its title and the date printed beside it (or in its URL). */
export interface ListedLink {
  url: string;
  title: string | null;
  /** ISO 8601 at 00:00 Beijing time, e.g. 2024-01-05T00:00:00+08:00; null when the list prints none. */
  publishedAt: string | null;
}

const PRINTED_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;
/** Dates CMSs put into detail URLs: TRS t20240105_…, Hanweb /art/2024/1/5/, /2024-01/05/, /202401/05/. */
const URL_DATES: readonly RegExp[] = [
  /\/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+/,
  /\/art\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//,
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
  /\/((?:19|20)\d{2})(\d{2})\/(\d{2})\//,
];

/** A calendar day as the ISO instant the discovery strategies use (Beijing midnight); null when not a real day. */
export function dayAsInstant(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00+08:00`;
}

/** The first printed date (2024-01-05, 2024/1/5, 2024年1月5日) in a text. */
export function printedDate(text: string): string | null {
  const m = PRINTED_DATE.exec(text);
  return m ? dayAsInstant(m[1] ?? '', m[2] ?? '', m[3] ?? '') : null;
}

/** The date a CMS wrote into a detail URL, if any. */
export function urlDate(url: string): string | null {
  for (const pattern of URL_DATES) {
    const m = pattern.exec(url);
    if (m) return dayAsInstant(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  }
  return null;
}

const flat = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Resolves an href against the page URL (fragment dropped); null for script, mail and fragment links. */
export function resolveHref(href: string, baseUrl: string): URL | null {
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(h)) return null;
  try {
    const url = new URL(h, baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The list entry an anchor sits in: its closest li/tr/dd/dt/p ancestor (at most four levels up). */
function entryOf(anchor: Element): Element | null {
  let node = anchor.parent;
  for (let depth = 0; node && depth < 4; depth++, node = node.parent) {
    if (node.type === 'tag' && /^(?:li|tr|dd|dt|p)$/.test(node.name)) return node;
  }
  return null;
}

/**
 * The links of a list page (or a fragment of one) whose absolute URL matches `pattern`, in page order, each
 * URL once. A link's title is its `title` attribute when given (lists cut long titles with "…"), else its
 * text; its date is the one printed in its list entry, else the one in its URL.
 */
export function listedLinks(html: string, baseUrl: string, pattern: RegExp): ListedLink[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const seen = new Set<string>();
  const out: ListedLink[] = [];
  for (const a of findAll((e) => e.name === 'a', doc.children)) {
    const url = resolveHref(getAttributeValue(a, 'href') ?? '', baseUrl);
    if (!url || !pattern.test(url.href) || seen.has(url.href)) continue;
    seen.add(url.href);
    const title = flat(getAttributeValue(a, 'title') ?? '') || flat(textContent(a));
    const entry = entryOf(a);
    out.push({ url: url.href, title: title || null, publishedAt: (entry ? printedDate(textContent(entry)) : null) ?? urlDate(url.href) });
  }
  return out;
}

/** Every link of a page with its text (for pagination and attachments). */
export function anchorsOf(html: string, baseUrl: string): { url: string; text: string }[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const out: { url: string; text: string }[] = [];
  for (const a of findAll((e) => e.name === 'a', doc.children)) {
    const url = resolveHref(getAttributeValue(a, 'href') ?? '', baseUrl);
    if (url) out.push({ url: url.href, text: flat(getAttributeValue(a, 'title') ?? '') || flat(textContent(a)) });
  }
  return out;
}

/** The text of every <script> of a page (pagination calls, embedded XML lists). */
export function scriptsOf(html: string): string[] {
  const doc = parseDocument(html, { decodeEntities: false });
  return findAll((e) => e.name === 'script', doc.children).map((s) => textContent(s));
}

/** The <title> of a page, tidied; null when it has none. */
export function pageTitle(html: string): string | null {
  const doc = parseDocument(html, { decodeEntities: true });
  const t = findAll((e) => e.name === 'title', doc.children)[0];
  const text = t ? flat(textContent(t)) : '';
  return text || null;
}

/** The publication date a detail page declares in its <meta> (PubDate, publishdate, firstpublishedtime …). */
export function metaDate(html: string): string | null {
  const doc = parseDocument(html, { decodeEntities: true });
  for (const m of findAll((e) => e.name === 'meta', doc.children)) {
    const name = (getAttributeValue(m, 'name') ?? '').toLowerCase();
    if (/^(?:pubdate|publishdate|firstpublishedtime|dc\.date|articledate)$/.test(name)) {
      const d = printedDate(getAttributeValue(m, 'content') ?? '');
      if (d) return d;
    }
  }
  return null;
}
