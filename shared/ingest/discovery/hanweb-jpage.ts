import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { decodeHtml } from '../decode-html.ts';
import { listedLinks, scriptsOf, type ListedLink } from './list-items.ts';
import { conditionalGet, validatorsOf, type DiscoveryContext, type DiscoveryResult } from './types.ts';

/**
 * The records of a Hanweb (大汉) jpage list: the column page carries its first page of entries as XML in a
 * script (`<script type="text/xml"><datastore><recordset><record><![CDATA[<li>…</li>]]></record>…`), which
 * the browser turns into the list. Each record's HTML is one entry. Empty when the page has no datastore.
 */
export function hanwebRecords(html: string): string[] {
  const records: string[] = [];
  for (const script of scriptsOf(html)) {
    if (!/<datastore\b/i.test(script)) continue;
    const xml = parseDocument(script, { xmlMode: true, recognizeCDATA: true });
    for (const record of findAll((e) => e.name.toLowerCase() === 'record', xml.children)) records.push(textContent(record));
  }
  return records;
}

/** The entries of a jpage column page, in record order, each URL once. */
export function hanwebLinks(html: string, pageUrl: string, pattern: RegExp): ListedLink[] {
  const seen = new Set<string>();
  const out: ListedLink[] = [];
  for (const record of hanwebRecords(html)) {
    for (const link of listedLinks(record, pageUrl, pattern)) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      out.push(link);
    }
  }
  return out;
}

/**
 * A Hanweb column page (/col/col{id}/index.html), conditional GET: the entries embedded in its datastore.
 * Later pages come from the jpage data proxy by POST, which this strategy does not send: the first page
 * (typically 15–45 records) is what an hourly run needs.
 */
export async function discoverFromHanwebJpage(discovery: { indexUrl: string; linkPattern: string }, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  const res = await conditionalGet(ctx, discovery.indexUrl);
  if (!res) return { status: 'not-modified' };
  const links = hanwebLinks(decodeHtml(res.bytes, res.headers.get('content-type')), res.url, new RegExp(discovery.linkPattern));
  return {
    status: 'found',
    issues: links.map((l) => ({ url: l.url, title: l.title, publishedAt: l.publishedAt, mayBeAbsent: false })),
    validators: validatorsOf(res),
  };
}
