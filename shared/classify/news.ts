/** Newspaper articles: told apart from official documents printed on the same page. */
import type { SegmentedDocument } from '../model/document.ts';
import { OFFICIAL_TITLE_WORDS } from './keywords.ts';
import { firstKeywordIn } from './text.ts';

/** How a newspaper article's lead opens: 本报太原1月3日讯, 新华社北京电, （记者…）. */
const NEWS_LEAD = /^.{0,4}(?:本报|新华社|中新社|人民网|新华网)|^[（(]?记者|^.{0,20}讯[（(]?记者|^.{0,12}电[（(]记者/;

/** Whether the text opens like a news report (本报讯, 新华社电, （记者…）). */
export function hasNewsLead(run: string): boolean {
  return NEWS_LEAD.test(run.slice(0, 40));
}

/** Whether the document is a newspaper article rather than an official document. */
export function isNewsArticle(doc: Pick<SegmentedDocument, 'title' | 'docNumber' | 'issuer' | 'date'>, run: string): boolean {
  if (doc.docNumber !== null) return false;
  if (hasNewsLead(run)) return true;
  return doc.issuer === null && doc.date === null && firstKeywordIn(doc.title ?? '', OFFICIAL_TITLE_WORDS) === null;
}
