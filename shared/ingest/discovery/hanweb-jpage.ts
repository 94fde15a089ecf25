import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { decodeHtml } from '../decode-html.ts';
import { IngestError } from '../errors.ts';
import { listedLinks, resolveHref, scriptsOf, type ListedLink } from './list-items.ts';
import { conditionalGet, mayRead, validatorsOf, type DiscoveredIssue, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/** The record CDATA of a jpage datastore (`<datastore><recordset><record><![CDATA[<li>…</li>]]></record>…`), in order. */
export function datastoreRecords(xml: string): string[] {
  const doc = parseDocument(xml, { xmlMode: true, recognizeCDATA: true });
  return findAll((e) => e.name.toLowerCase() === 'record', doc.children).map((r) => textContent(r));
}

/**
 * The records of a Hanweb (大汉) jpage column page: the page carries its first group of entries as XML in a
 * script (`<script type="text/xml"><datastore>…`), which the browser turns into the list. Each record's HTML
 * is one entry. Empty when the page has no datastore.
 */
export function hanwebRecords(html: string): string[] {
  return scriptsOf(html)
    .filter((script) => /<datastore\b/i.test(script))
    .flatMap(datastoreRecords);
}

/** The entries of jpage records, in record order, each URL once. */
function linksOf(records: string[], pageUrl: string, pattern: RegExp, seen: Set<string>): ListedLink[] {
  const out: ListedLink[] = [];
  for (const record of records) {
    for (const link of listedLinks(record, pageUrl, pattern)) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      out.push(link);
    }
  }
  return out;
}

export const hanwebLinks = (html: string, pageUrl: string, pattern: RegExp): ListedLink[] => linksOf(hanwebRecords(html), pageUrl, pattern, new Set());

/** Where the records after the embedded group come from: the datastore's nextgroup link (dataproxy.jsp) and the list's size. */
export interface JpageProxy {
  url: string;
  totalRecord: number;
  perPage: number;
}

export function jpageProxy(html: string, pageUrl: string): JpageProxy | null {
  const scripts = scriptsOf(html);
  const store = scripts.find((s) => /<datastore\b/i.test(s));
  if (!store) return null;
  const doc = parseDocument(store, { xmlMode: true, recognizeCDATA: true });
  const next = findAll((e) => e.name.toLowerCase() === 'nextgroup', doc.children)[0];
  const anchor = next ? findAll((e) => e.name === 'a', parseDocument(textContent(next)).children)[0] : undefined;
  const url = anchor ? resolveHref(getAttributeValue(anchor, 'href') ?? '', pageUrl) : null;
  const all = scripts.join('\n');
  const total = /totalRecord["']?\s*[:=]\s*["']?(\d+)/.exec(all)?.[1];
  if (!url || total === undefined) return null;
  return { url: url.href, totalRecord: Number(total), perPage: Number(/perPage["']?\s*[:=]\s*["']?(\d+)/.exec(all)?.[1] ?? 15) };
}

/** The proxy request for records start…end (1-based, inclusive), as the jpage script asks for them. */
const proxyUrl = (proxy: JpageProxy, start: number, end: number): string => {
  const url = new URL(proxy.url);
  url.searchParams.set('startrecord', String(start));
  url.searchParams.set('endrecord', String(end));
  url.searchParams.set('perpage', String(proxy.perPage));
  return url.href;
};

/**
 * A Hanweb column page (/col/col{id}/index.html), conditional GET: the entries embedded in its datastore, then,
 * with `maxPages` > 1, further groups of the same size from the jpage data proxy (GET dataproxy.jsp with
 * startrecord/endrecord/perpage) until the list's totalRecord. A proxy request that fails ends the paging.
 */
export async function discoverFromHanwebJpage(discovery: { indexUrl: string; linkPattern: string; maxPages: number }, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  const res = await conditionalGet(ctx, discovery.indexUrl);
  if (!res) return { status: 'not-modified' };
  const html = decodeHtml(res.bytes, res.headers.get('content-type'));
  const pattern = new RegExp(discovery.linkPattern);
  const seen = new Set<string>();
  const embedded = hanwebRecords(html);
  const links = linksOf(embedded, res.url, pattern, seen);
  const proxy = discovery.maxPages > 1 ? jpageProxy(html, res.url) : null;
  const group = Math.max(embedded.length, 1);
  for (let page = 1, start = embedded.length + 1; proxy && page < discovery.maxPages && start <= proxy.totalRecord; page++, start += group) {
    const url = proxyUrl(proxy, start, Math.min(start + group - 1, proxy.totalRecord));
    if (!(await mayRead(ctx, url))) break;
    try {
      const more = await ctx.get(url);
      const records = datastoreRecords(decodeHtml(more.bytes, more.headers.get('content-type')));
      if (records.length === 0) break;
      links.push(...linksOf(records, res.url, pattern, seen));
    } catch (err) {
      if (err instanceof IngestError) break;
      throw err;
    }
  }
  const issues: DiscoveredIssue[] = links.map((l) => ({ url: l.url, title: l.title, publishedAt: l.publishedAt, mayBeAbsent: false }));
  return { status: 'found', issues, validators: validatorsOf(res) };
}
