/**
 * Document metadata from `<meta name=… content=…>`: the tags TRS, Hanweb and most government CMSs write
 * (ArticleTitle, PubDate, ContentSource, ColumnName, Keywords) and their Dublin Core variants.
 */
import type { AnyNode } from 'domhandler';
import type { MetadataKey, PageMetadata } from './labels.ts';
import { attr, collapse, elementsNamed } from './walk.ts';

/** meta name (lower case) → key, in order of preference within a key. */
const META_NAMES: readonly [string, MetadataKey][] = [
  ['articletitle', '标题'],
  ['dc.title', '标题'],
  ['pubdate', '发布日期'],
  ['publishdate', '发布日期'],
  ['firstpublishedtime', '发布日期'],
  ['dc.date', '发布日期'],
  ['contentsource', '来源'],
  ['source', '来源'],
  ['dc.source', '来源'],
  ['columnname', '栏目'],
  ['keywords', '关键词'],
  ['dc.subject', '关键词'],
];

export function readMetaTags(roots: readonly AnyNode[]): PageMetadata {
  const byName = new Map<string, string>();
  for (const meta of elementsNamed(roots, 'meta')) {
    const name = (attr(meta, 'name') || attr(meta, 'property')).trim().toLowerCase();
    const content = collapse(attr(meta, 'content'));
    if (name !== '' && content !== '' && !byName.has(name)) byName.set(name, content);
  }
  const metadata: PageMetadata = {};
  for (const [name, key] of META_NAMES) {
    const value = byName.get(name);
    if (value !== undefined && metadata[key] === undefined) metadata[key] = value;
  }
  return metadata;
}
