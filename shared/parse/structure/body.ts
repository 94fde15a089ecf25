/**
 * The body of a document (正文 and 附件说明): its text without page furniture and chrome — as published and
 * as analysed (simplified) — and the attachments it lists.
 */
import { isOrganLine } from '../line-kinds.ts';
import type { PreparedText } from '../prepare-lines.ts';

export interface DocumentBody {
  attachments: string[];
  /** The text as published. */
  text: string;
  /** The text as analysed (simplified characters); the same string when the publication is simplified. */
  analysisText: string;
}

const ATTACHMENT_HEAD = /^附(?:件)?\s*\d*\s*[:：]\s*(.*)$/;
const ITEM_NUMBER = /^(\d{1,2})\s*[.、．]\s*/;
const NOT_ITEM = /^[（(]|[。；;]$/;
const ONLINE_NOTE = /[（(](?:见|详见)[^（）()]{0,12}[）)]?$/;

/** Reads the lines [bodyStart, end] (0-based, inclusive), skipping `skip` (a headline's lines). */
export function readBody(prepared: PreparedText, bodyStart: number, end: number, skip?: ReadonlySet<number>, split?: { line: number; headChars: number } | null): DocumentBody {
  const { info } = prepared;
  const attachments: string[] = [];
  const text: string[] = [];
  const analysis: string[] = [];
  for (let i = bodyStart; i <= end; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise || skip?.has(i)) continue;
    const published = prepared.traditional ? prepared.publishedPlain(i) : li.plain;
    if (split && split.line === i) {
      text.push(published.slice(split.headChars));
      analysis.push(li.plain.slice(split.headChars));
    } else {
      text.push(published);
      analysis.push(li.plain);
    }
    // Every attachment head opens with 附: other lines skip the regex call.
    const head = li.plain.startsWith('附') ? ATTACHMENT_HEAD.exec(li.plain) : null;
    if (head) readAttachments(prepared, i, end, head[1] ?? '', attachments);
  }
  const joined = analysis.join('\n');
  return { attachments, text: prepared.traditional ? text.join('\n') : joined, analysisText: joined };
}

/**
 * 附件：1.… 2.… — numbered items on the following lines, a wrapped item continued on the next
 * short line; stops at the signature, a note in parentheses or a sentence. Returns the last line read.
 */
function readAttachments(prepared: PreparedText, headLine: number, end: number, first: string, out: string[]): number {
  const items: string[] = [];
  if (first) items.push(first.replace(ITEM_NUMBER, ''));
  let last = headLine;
  for (let i = headLine + 1; i <= end && i <= headLine + 24; i++) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) continue;
    const text = li.plain;
    if (li.signatureDate || li.disclosure || isOrganLine(text) || NOT_ITEM.test(text) || ATTACHMENT_HEAD.test(text) || /\t/.test(text)) break;
    if (ITEM_NUMBER.test(text)) items.push(text.replace(ITEM_NUMBER, ''));
    else if (items.length > 0 && text.length <= 24 && !/[，,。]/.test(text)) items[items.length - 1] += text;
    else break;
    last = i;
  }
  for (const item of items) {
    const clean = item.replace(ONLINE_NOTE, '').trim();
    if (clean && clean.length <= 80 && !/\t/.test(clean) && !out.includes(clean)) out.push(clean);
  }
  return last;
}
