/**
 * An Atom 1.0 feed of changes, written by the `feed` library. Entry ids are tag: URIs (RFC 4151) naming the
 * document and its version, so an entry keeps its id wherever it is served and a revision is a new entry;
 * titles are the documents' own (Chinese), summaries the labelled lines of change-summary.ts. Pure.
 */
import { Feed } from 'feed';
import type { ChangeRecord } from '../model/change.ts';
import { categoryHeadings } from '../notify/labels.ts';
import { escapeHtml } from '../notify/escape.ts';
import { oneLine } from '../notify/format.ts';
import { changePageUrl, summaryLines } from './change-summary.ts';

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

export function buildAtom(input: AtomInput): string {
  const base = input.publicBaseUrl.replace(/\/$/, '');
  const entries = entriesOf(input.changes);
  const feed = new Feed({
    title: input.title,
    id: tagUri(base, `feed${input.idPath}`),
    link: base,
    language: 'zh-CN',
    updated: entries[0] ? new Date(entries[0].createdAt) : input.now,
    generator: '公报哨兵 gazette-watch',
    feedLinks: { atom: `${base}${input.path}` },
    author: { name: '公报哨兵 gazette-watch', link: base },
    copyright: '文件内容版权归原发布机关所有 documents belong to their issuing authorities',
  });
  for (const c of entries) {
    const updated = new Date(c.createdAt);
    feed.addItem({
      // Atom type="html": the text is escaped once (the library wraps it in CDATA).
      title: escapeHtml(`${c.kind === 'revised' ? '【修订】' : ''}${oneLine(c.title)}`),
      id: entryId(base, c),
      link: changePageUrl(base, c.changeId),
      date: updated,
      published: updated,
      description: summaryLines(c)
        .map((l) => `${escapeHtml(l.label)}：${escapeHtml(l.value)}`)
        .join('<br/>'),
      category: [{ name: categoryHeadings[c.category], term: c.category }],
      author: [{ name: c.issuer ? oneLine(c.issuer) : (c.links[0]?.sourceName ?? '公报') }],
    });
  }
  return feed.atom1();
}
