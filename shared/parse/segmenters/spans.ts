/** Span helpers shared by the segmenters. */
import type { DocumentAnchor } from '../find-official-documents.ts';
import type { PreparedText } from '../prepare-lines.ts';
import type { DocumentSpan } from '../structure/read-document.ts';

/** Moves `end` (0-based) back over blank lines and page furniture; never before `floor`. */
export function trimEnd(prepared: PreparedText, end: number, floor: number): number {
  let e = Math.min(end, prepared.lines.length - 1);
  while (e > floor) {
    const li = prepared.info[e];
    if (li && !li.blank && !li.noise) break;
    e--;
  }
  return e;
}

const GENRE_LINE_END = /(?:通知|决定|函|批复|意见|通告|公告|命令|报告|请示|方案|办法|规定|纪要)$/;

/** For a document found by title only: the title ends at the first line that ends in 通知/函/决定…, or its first line. */
export function titleEnd(prepared: PreparedText, start: number): number {
  for (let i = start; i < Math.min(prepared.lines.length, start + 6); i++) {
    if (GENRE_LINE_END.test(prepared.info[i]?.plain ?? '')) return i;
  }
  return start;
}

/** The span of a document anchored on its 文号 line (or on its title), up to the line before the next one. */
export function anchorSpan(prepared: PreparedText, anchor: DocumentAnchor, rawEnd: number): DocumentSpan {
  const bodyStart = anchor.numberLine !== null ? anchor.numberLine + 1 : titleEnd(prepared, anchor.start) + 1;
  const end = trimEnd(prepared, rawEnd, anchor.numberLine ?? anchor.start);
  return { start: anchor.start, end, title: anchor.title, docNumber: anchor.docNumber, bodyStart, masthead: anchor.masthead ?? [] };
}

export function anchorSpans(prepared: PreparedText, anchors: readonly DocumentAnchor[]): DocumentSpan[] {
  return anchors.map((a, k) => anchorSpan(prepared, a, (anchors[k + 1]?.start ?? prepared.lines.length) - 1));
}
