/**
 * An Atom 1.0 feed of changes (RFC 4287), written by ./atom-xml.ts. Entry ids are tag: URIs (RFC 4151) naming the
 * document and its version, so an entry keeps its id wherever it is served and a revision is a new entry;
 * titles are the documents' own (Chinese), summaries the labelled lines of change-summary.ts. Pure.
 */
import type { ChangeRecord } from '../model/change.ts';
import { categoryHeadings } from '../notify/labels.ts';
import { escapeHtml } from '../notify/escape.ts';
import { oneLine } from '../notify/format.ts';
import { changePageUrl, summaryLines } from './change-summary.ts';
import { xmlDocument, type XmlElement } from './atom-xml.ts';

/** The year the tagging authority (the service's host) first minted these ids; never changes. */
const TAG_DATE = '2026';

export interface AtomInput {
  title: string;
  /** The feed's path on the service, e.g. /feeds/category/land.atom (its self link). */
  path: string;
  /** What its tag: id names, e.g. /feeds/category/land. */
  idPath: string;
  publicBaseUrl: string;
  changes: readonly ChangeRecord[];
  /** The feed's updated time when it has no entries. */
  now: Date;
}

export const MAX_ENTRIES = 100;

const host = (publicBaseUrl: string): string => new URL(publicBaseUrl).hostname;

/** tag:{host},2026:{what} with what's characters percent-encoded where a tag URI does not allow them. */
export function tagUri(publicBaseUrl: string, what: string): string {
  return `tag:${host(publicBaseUrl)},${TAG_DATE}:${encodeURI(what).replace(/[#?]/g, encodeURIComponent)}`;
}

export const entryId = (publicBaseUrl: string, change: Pick<ChangeRecord, 'documentKey' | 'version'>): string =>
  tagUri(publicBaseUrl, `document/${change.documentKey}/v${change.version}`);

/** Newest first, at most MAX_ENTRIES, one entry per document version. */
function entriesOf(changes: readonly ChangeRecord[]): ChangeRecord[] {
  const byVersion = new Map<string, ChangeRecord>();
  for (const c of changes) byVersion.set(`${c.documentKey}\n${c.version}`, c);
  return [...byVersion.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.changeId.localeCompare(b.changeId)).slice(0, MAX_ENTRIES);
}

const GENERATOR = '公报哨兵 gazette-watch';
const RIGHTS = '文件内容版权归原发布机关所有 documents belong to their issuing authorities';

/** A URL as readers resolve it (the WHATWG serialisation: a bare origin gains its slash). */
const href = (url: string): string => new URL(url).href;
const text = (name: string, content: string): XmlElement => ({ name, content });
/** Atom type="html": the text is escaped once by the caller, then carried in CDATA. */
const html = (name: string, escaped: string): XmlElement => ({ name, attributes: { type: 'html' }, content: { cdata: escaped } });

function entryOf(base: string, c: ChangeRecord): XmlElement {
  const updated = new Date(c.createdAt).toISOString();
  const description = summaryLines(c)
    .map((l) => `${escapeHtml(l.label)}：${escapeHtml(l.value)}`)
    .join('<br/>');
  return {
    name: 'entry',
    content: [
      html('title', escapeHtml(`${c.kind === 'revised' ? '【修订】' : ''}${oneLine(c.title)}`)),
      text('id', href(entryId(base, c))),
      { name: 'link', attributes: { href: href(changePageUrl(base, c.changeId)) } },
      text('updated', updated),
      ...(description ? [html('summary', description)] : []),
      { name: 'author', content: [text('name', c.issuer ? oneLine(c.issuer) : (c.links[0]?.sourceName ?? '公报'))] },
      { name: 'category', attributes: { label: categoryHeadings[c.category], term: c.category } },
      text('published', updated),
    ],
  };
}

export function buildAtom(input: AtomInput): string {
  const base = input.publicBaseUrl.replace(/\/$/, '');
  const entries = entriesOf(input.changes);
  return xmlDocument({
    name: 'feed',
    attributes: { xmlns: 'http://www.w3.org/2005/Atom' },
    content: [
      text('id', tagUri(base, `feed${input.idPath}`)),
      text('title', input.title),
      text('updated', (entries[0] ? new Date(entries[0].createdAt) : input.now).toISOString()),
      text('generator', GENERATOR),
      { name: 'author', content: [text('name', GENERATOR), text('uri', href(base))] },
      { name: 'link', attributes: { rel: 'alternate', href: href(base) } },
      { name: 'link', attributes: { rel: 'self', href: href(`${base}${input.path}`) } },
      text('rights', RIGHTS),
      ...entries.map((c) => entryOf(base, c)),
    ],
  });
}
