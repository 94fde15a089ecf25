/**
 * The table of contents (目录) of a gazette: entries of a title, a 文号 in parentheses and a page number,
 * wrapped over several lines and interrupted by section headings (【区政府文件】) and page furniture.
 */
import { DOC_NUMBER_IN_TEXT, normaliseDocNumber } from './normalise-doc-number.ts';
import { organAtTitleStart } from './line-kinds.ts';
import type { PreparedText } from './prepare-lines.ts';

export interface TocEntry {
  title: string;
  docNumber: string | null;
  page: number | null;
  /** 1-based line where the entry ends. */
  line: number;
}

export interface Toc {
  /** 1-based line of the 目录 heading. */
  headingLine: number;
  entries: TocEntry[];
  /** Last line of the contents. */
  endLine: number;
}

const TOC_HEADING = /^目\s*录$|^目录[（(].{1,10}[）)]$/;
const ENTRY_END = new RegExp(`[（(]\\s*(${DOC_NUMBER_IN_TEXT})\\s*[）)〕]?\\s*[.…·•。\\s]*(\\d{1,4})?\\s*$`);
const SECTION_HEADING = /^[【\[].{1,20}[】\]]$/;
const PAGE_ONLY_ENTRY = /^(.{4,}?)[.…·•\s]{2,}(\d{1,4})$/;

/** Finds the contents in the first part of the text (before `limit`, 1-based exclusive). */
export function findToc(prepared: PreparedText, limit: number): Toc | null {
  const { lines, info } = prepared;
  const stop = Math.min(limit - 1, lines.length);
  let heading = -1;
  for (let i = 0; i < stop; i++) {
    if (TOC_HEADING.test(info[i]?.plain ?? '')) {
      heading = i;
      break;
    }
  }
  if (heading < 0) return null;
  const entries: TocEntry[] = [];
  let pending: string[] = [];
  let endLine = heading + 1;
  for (let i = heading + 1; i < stop; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    const text = li.plain;
    if (SECTION_HEADING.test(text)) {
      pending = [];
      continue;
    }
    const m = ENTRY_END.exec(text);
    if (m) {
      const before = text.slice(0, m.index).trim();
      const title = cutAtTitleStart([...pending, before].filter((t) => t !== ''));
      entries.push({ title, docNumber: normaliseDocNumber(m[1] ?? ''), page: m[2] ? Number(m[2]) : null, line: i + 1 });
      endLine = i + 1;
      pending = [];
      continue;
    }
    const pageOnly = PAGE_ONLY_ENTRY.exec(text);
    if (pageOnly && organAtTitleStart([...pending, pageOnly[1] ?? ''].join('')) !== null) {
      entries.push({ title: cutAtTitleStart([...pending, (pageOnly[1] ?? '').trim()]), docNumber: null, page: Number(pageOnly[2]), line: i + 1 });
      endLine = i + 1;
      pending = [];
      continue;
    }
    pending.push(text);
    if (pending.length > 8) pending.shift();
  }
  return entries.length > 0 ? { headingLine: heading + 1, entries, endLine } : null;
}

/** Drops what precedes the last line that begins a title (an organ followed by 关于), e.g. a colophon line. */
function cutAtTitleStart(parts: string[]): string {
  let start = 0;
  for (let k = parts.length - 1; k >= 0; k--) {
    if (organAtTitleStart(parts[k] ?? '') !== null) {
      start = k;
      break;
    }
  }
  return parts.slice(start).join('');
}
