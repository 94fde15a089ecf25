/**
 * One published issue's text → its documents with exact metadata (DESIGN §4.1 without classification).
 * Gazettes with contents (目录) are aligned entry by entry; document collections and reports are cut at
 * each document's 文号 line; newspaper pages are cut into articles.
 */
import type { PublicationKind, SegmentedDocument } from '../model/document.ts';
import { parseChineseDate } from './chinese-date.ts';
import { readMetadata } from './document-metadata.ts';
import { findDuplicates } from './duplicates.ts';
import { findArticles, looksLikeNewspaper, titleFromBody } from './find-articles.ts';
import { findOfficialDocuments, joinFragments, type DocumentAnchor } from './find-official-documents.ts';
import { endsSentence } from './line-kinds.ts';
import { prepareLines, type PreparedText } from './prepare-lines.ts';
import { findToc, type Toc } from './toc.ts';

export interface ParseOptions {
  /** Extra place names of the jurisdiction (离石区, 吕梁市) used to repair misread names. */
  placeNames?: string[];
  /**
   * What the page itself says of its document (HTML metadata box and <meta> tags), under the Chinese labels
   * of shared/ingest/text: 标题, 发文字号, 发文机关, 成文日期, 发布日期, 索引号 … When given, it beats a guess from the text.
   */
  pageMetadata?: Record<string, string>;
}

export interface ParsedPublicationText {
  kind: PublicationKind;
  lines: string[];
  documents: SegmentedDocument[];
  /** Diagnostics: contents entries not found, names repaired. */
  warnings: string[];
}

const compact = (s: string): string => s.replace(/[\s\p{P}]/gu, '');

export function parsePublication(text: string, options: ParseOptions = {}): ParsedPublicationText {
  const prepared = prepareLines(text, options.placeNames ?? []);
  const warnings: string[] = [...prepared.repairs].map(([from, to]) => `地名更正 place name repaired: ${from} → ${to}`);
  if (looksLikeNewspaper(prepared)) {
    return { kind: 'newspaper', lines: prepared.lines, documents: newspaperDocuments(prepared), warnings };
  }
  let anchors = findOfficialDocuments(prepared);
  const toc = findToc(prepared, (anchors[0]?.start ?? prepared.lines.length) + 1);
  if (toc) anchors = alignToc(prepared, toc, anchors, warnings);
  const preamble = toc ? null : reportBefore(prepared, anchors[0]?.start ?? prepared.lines.length);
  const documents: SegmentedDocument[] = [];
  if (preamble) documents.push(preamble);
  documents.push(...anchors.map((a, k) => officialDocument(prepared, a, (anchors[k + 1]?.start ?? prepared.lines.length) - 1)));
  if (documents.length === 0) {
    const single = wholeTextDocument(prepared);
    if (single) documents.push(single);
  }
  markDuplicates(documents);
  const kind: PublicationKind = toc ? 'gazette' : preamble ? 'report' : anchors.length >= 2 ? 'document-collection' : 'single';
  return { kind, lines: prepared.lines, documents, warnings };
}

/** Moves `end` (0-based) back over blank lines and page furniture; never before `floor`. */
function trimEnd(prepared: PreparedText, end: number, floor: number): number {
  let e = Math.min(end, prepared.lines.length - 1);
  while (e > floor) {
    const li = prepared.info[e];
    if (li && !li.blank && !li.noise) break;
    e--;
  }
  return e;
}

function officialDocument(prepared: PreparedText, anchor: DocumentAnchor, rawEnd: number): SegmentedDocument {
  const bodyStart = anchor.numberLine !== null ? anchor.numberLine + 1 : titleEnd(prepared, anchor.start) + 1;
  const end = trimEnd(prepared, rawEnd, anchor.numberLine ?? anchor.start);
  const meta = readMetadata(prepared, bodyStart, end, anchor.title);
  return {
    title: anchor.title,
    docNumber: anchor.docNumber,
    issuer: meta.issuer,
    date: meta.date,
    startLine: anchor.start + 1,
    endLine: end + 1,
    duplicateOf: null,
    text: meta.text,
    disclosure: meta.disclosure,
    attachments: meta.attachments,
  };
}

/** For a document found by title only: the title ends at the first line that ends in 通知/函/决定…, or its first line. */
function titleEnd(prepared: PreparedText, start: number): number {
  for (let i = start; i < Math.min(prepared.lines.length, start + 6); i++) {
    const t = prepared.info[i]?.plain ?? '';
    if (/(?:通知|决定|函|批复|意见|通告|公告|命令|报告|请示|方案|办法|规定|纪要)$/.test(t)) return i;
  }
  return start;
}

/** Every contents entry is matched with a body: by 文号, else by its title's words in the text. */
function alignToc(prepared: PreparedText, toc: Toc, anchors: DocumentAnchor[], warnings: string[]): DocumentAnchor[] {
  const out = anchors.filter((a) => a.start >= toc.endLine);
  const byNumber = new Map(out.map((a) => [a.docNumber, a]));
  let lines: string[] | null = null;
  for (const entry of toc.entries) {
    if (entry.docNumber && byNumber.has(entry.docNumber)) continue;
    lines ??= prepared.info.map((li) => compact(li.plain));
    const key = compact(entry.title).replace(/^.*?(?=关于)/, '').slice(0, 14);
    let found = -1;
    for (let i = toc.endLine; i < lines.length && key.length >= 6; i++) {
      if ((lines[i] ?? '').includes(key) || joinPair(lines, i).includes(key)) {
        found = i;
        break;
      }
    }
    if (found < 0 || out.some((a) => a.start <= found && found <= (a.numberLine ?? a.start))) {
      if (found < 0) warnings.push(`目录条目未找到正文 contents entry without body: ${entry.title} ${entry.docNumber ?? ''}`.trim());
      continue;
    }
    let start = found;
    if (start > 0 && /^(?:.{2,30}(?:政府|办公室|委员会|局))$/.test(prepared.info[start - 1]?.plain ?? '')) start--;
    const anchor: DocumentAnchor = { start, numberLine: null, title: entry.title, docNumber: entry.docNumber };
    out.push(anchor);
    warnings.push(`目录条目按标题对齐 contents entry aligned by title: ${entry.title}`);
  }
  return out.sort((a, b) => a.start - b.start);
}

const joinPair = (lines: string[], i: number): string => (lines[i] ?? '') + (lines[i + 1] ?? '');

/** A report printed before the documents (政府工作报告): its title lines, its date from the subtitle. */
function reportBefore(prepared: PreparedText, limit: number): SegmentedDocument | null {
  const { info } = prepared;
  let sentences = 0;
  let first = -1;
  for (let i = 0; i < limit; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    if (first < 0) first = i;
    if (/[。！]$/.test(li.plain)) sentences++;
  }
  if (first < 0 || sentences < 5) return null;
  const titleParts: string[] = [];
  let bodyStart = first;
  let date: string | null = null;
  for (let i = first; i < limit && titleParts.length < 3; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    if (endsSentence(li.plain) || li.plain.length > 40) break;
    if (/^[—-]{1,2}/.test(li.plain)) {
      date = parseChineseDate(li.plain);
      bodyStart = i + 1;
      break;
    }
    titleParts.push(li.plain);
    bodyStart = i + 1;
  }
  const end = trimEnd(prepared, limit - 1, first);
  const title = joinFragments(titleParts);
  if (!title) return null;
  const meta = readMetadata(prepared, bodyStart, end, title);
  return {
    title,
    docNumber: null,
    issuer: meta.issuer,
    date: date ?? meta.date,
    startLine: first + 1,
    endLine: end + 1,
    duplicateOf: null,
    text: meta.text,
    disclosure: meta.disclosure,
    attachments: meta.attachments,
  };
}

/** A text with no 文号 and no newspaper layout: one document, titled by its first line. */
function wholeTextDocument(prepared: PreparedText): SegmentedDocument | null {
  const first = prepared.info.findIndex((li) => !li.blank && !li.noise);
  if (first < 0) return null;
  const end = trimEnd(prepared, prepared.lines.length - 1, first);
  const firstText = prepared.info[first]?.plain ?? '';
  const headed = firstText.length <= 60 && !endsSentence(firstText);
  const title = headed ? firstText : titleFromBody(prepared, first, end, new Set());
  const meta = readMetadata(prepared, headed ? first + 1 : first, end, title);
  return { title, docNumber: null, issuer: meta.issuer, date: meta.date, startLine: first + 1, endLine: end + 1, duplicateOf: null, text: meta.text, disclosure: meta.disclosure, attachments: meta.attachments };
}

function newspaperDocuments(prepared: PreparedText): SegmentedDocument[] {
  const docs: SegmentedDocument[] = [];
  for (const a of findArticles(prepared)) {
    const skip = new Set(a.titleLines);
    const end = trimEnd(prepared, a.end, a.start);
    const title = a.title || titleFromBody(prepared, a.start, end, skip);
    // Body: the article's lines without its headline; a run-in headline's characters are cut off the shared line.
    const bodyLines: string[] = [];
    let numberLine: string | null = null;
    for (let i = a.start; i <= end; i++) {
      const li = prepared.info[i];
      if (!li || li.blank || li.noise || skip.has(i)) continue;
      if (a.split && a.split.line === i) bodyLines.push(li.plain.slice(a.split.headChars));
      else bodyLines.push(li.plain);
      if (!numberLine && li.docNumber) numberLine = li.docNumber;
    }
    const meta = readMetadata(prepared, a.start, end, title);
    docs.push({
      title,
      docNumber: numberLine,
      issuer: meta.issuer,
      date: meta.date,
      startLine: a.start + 1,
      endLine: end + 1,
      duplicateOf: null,
      text: bodyLines.join('\n'),
      disclosure: meta.disclosure,
      attachments: meta.attachments,
    });
  }
  return docs;
}

function markDuplicates(documents: SegmentedDocument[]): void {
  const dup = findDuplicates(documents);
  documents.forEach((d, i) => {
    d.duplicateOf = dup[i] ?? null;
  });
}
