/**
 * Official documents (公文) inside a publication: each is anchored on its 文号 line, printed alone
 * under the title; the title is read upward from it (the issuer line, 关于…, the wrapped rest).
 */
import { endsSentence, isOrganLine, isTableRow, organAtTitleStart } from './line-kinds.ts';
import type { PreparedText } from './prepare-lines.ts';

export interface DocumentAnchor {
  /** 0-based index of the first title line. */
  start: number;
  /** 0-based index of the 文号 line, or null for a document found by its title only. */
  numberLine: number | null;
  title: string;
  docNumber: string | null;
  /** Organs printed above the title as its masthead (not part of the title). */
  masthead?: string[];
}

const MAX_TITLE_LINES = 8;
const TITLE_GOES_ON = /^(?:关于|转发|批转|印发|对|同意)/;
const MASTHEAD = /^.{2,40}?(?:人民政府|委员会|办公室|办公厅|局|厅|委|部)文件$/;
const MAX_TITLE_CHARS = 160;

/** Joins title fragments: no separator between Chinese text, a space between Latin words. */
export function joinFragments(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(part)) out += ' ';
    out += part;
  }
  return out;
}

/**
 * The title above a 文号 line: collects up to MAX_TITLE_LINES non-blank lines upward, stopping at
 * sentence ends, signatures, disclosure notes, tables, page furniture and other 文号; then starts the
 * title at the lowest line that opens with the issuer (an organ's name alone or before 关于).
 */
export function titleAbove(prepared: PreparedText, numberLine: number, floor: number): { start: number; title: string; masthead: string[] } | null {
  const { info } = prepared;
  const collected: number[] = [];
  const cuts = new Map<number, string>();
  let chars = 0;
  for (let j = numberLine - 1; j >= floor && collected.length < MAX_TITLE_LINES; j--) {
    const li = info[j];
    if (!li || li.blank) continue;
    const text = li.plain;
    if (li.noise || li.docNumber || li.signatureDate || li.disclosure || isTableRow(prepared.lines[j] ?? '') || endsSentence(text)) break;
    // The masthead (发文机关标志: organ + 文件) sits above the 文号, the title below it.
    if (MASTHEAD.test(text)) break;
    if (/^[-*]\s|^\d+[.、．]\s*\S/.test(prepared.lines[j] ?? '') && collected.length > 0) break;
    // The previous document's last sentence run onto the title's line (PDF extraction): the title starts after it.
    const cut = lastSentenceEnd(text);
    if (cut > 0) {
      const tail = text.slice(cut);
      if (organAtTitleStart(tail) !== null || tail.startsWith('关于')) {
        cuts.set(j, tail);
        collected.push(j);
      }
      break;
    }
    chars += text.length;
    if (chars > MAX_TITLE_CHARS) break;
    collected.push(j);
  }
  if (collected.length === 0) return null;
  collected.reverse();
  let startAt = -1;
  for (let k = collected.length - 1; k >= 0; k--) {
    const text = cuts.get(collected[k] ?? 0) ?? info[collected[k] ?? 0]?.plain ?? '';
    if (organAtTitleStart(text) !== null || isOrganLine(text)) {
      startAt = k;
      break;
    }
  }
  if (startAt < 0) {
    for (let k = collected.length - 1; k >= 0; k--) {
      if ((cuts.get(collected[k] ?? 0) ?? info[collected[k] ?? 0]?.plain ?? '').startsWith('关于')) {
        startAt = k;
        break;
      }
    }
  }
  if (startAt < 0) startAt = Math.max(0, collected.length - 3);
  // An organ line is the title's first line only before 关于/转发/印发 (发文机关 + 关于 + 事由 + 文种); above a
  // title that does not go on with it (a 令's 规定, an 条例) it is the masthead.
  const below = cuts.get(collected[startAt + 1] ?? -1) ?? info[collected[startAt + 1] ?? -1]?.plain ?? '';
  const top = cuts.get(collected[startAt] ?? -1) ?? info[collected[startAt] ?? -1]?.plain ?? '';
  const masthead: string[] = [];
  if (startAt + 1 < collected.length && isOrganLine(top) && !TITLE_GOES_ON.test(below) && !below.includes('关于')) {
    masthead.push(top);
    startAt++;
  }
  const used = collected.slice(startAt);
  const title = joinFragments(used.map((j) => cuts.get(j) ?? info[j]?.plain ?? ''));
  return { start: used[0] ?? numberLine, title, masthead };
}

/** Index just after the last sentence end inside a line (not at its end), or -1. */
function lastSentenceEnd(text: string): number {
  let at = -1;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charAt(i);
    if (c === '。' || c === '！' || c === '？') at = i + 1;
  }
  return at;
}

/** Every document with a 文号 line and a title above it, in reading order. */
export function findOfficialDocuments(prepared: PreparedText, from = 0): DocumentAnchor[] {
  const { info } = prepared;
  const anchors: DocumentAnchor[] = [];
  let floor = from;
  let previousNumberLine = -10;
  for (let i = from; i < info.length; i++) {
    const li = info[i];
    if (!li?.docNumber) continue;
    // The same 文号 repeated just below (reprinted under the title): one document.
    const last = anchors[anchors.length - 1];
    if (last && last.docNumber === li.docNumber && i - previousNumberLine <= 4) continue;
    const found = titleAbove(prepared, i, floor);
    if (!found) continue;
    anchors.push({ start: found.start, numberLine: i, title: found.title, docNumber: li.docNumber, masthead: found.masthead });
    previousNumberLine = i;
    floor = i + 1;
  }
  return anchors;
}
