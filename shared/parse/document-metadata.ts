/**
 * Metadata read from a document's own lines: issuer, 落款 date, disclosure note, attachments
 * mentioned, and the body text without page furniture.
 */
import { isOrganLine, organAtTitleStart } from './line-kinds.ts';
import type { PreparedText } from './prepare-lines.ts';

export interface DocumentMetadata {
  issuer: string | null;
  date: string | null;
  disclosure: string | null;
  attachments: string[];
  text: string;
}

const ATTACHMENT_HEAD = /^附(?:件)?\s*\d*\s*[:：]\s*(.*)$/;
const ITEM_NUMBER = /^(\d{1,2})\s*[.、．]\s*/;
const NOT_ITEM = /^[（(]|[。；;]$/;
const ONLINE_NOTE = /[（(](?:见|详见)[^（）()]{0,12}[）)]?$/;

/** The issuer of a title: its opening organ (…人民政府关于…), or null. */
export function issuerOfTitle(title: string): string | null {
  const organ = organAtTitleStart(title);
  if (organ) return organ;
  return null;
}

/**
 * Reads the range [bodyStart, end] (0-based, inclusive): the first 落款 date after the body starts,
 * the organ signed above it, the disclosure note, the attachment list.
 */
export function readMetadata(prepared: PreparedText, bodyStart: number, end: number, title: string): DocumentMetadata {
  const { info } = prepared;
  let date: string | null = null;
  let signer: string | null = null;
  let disclosure: string | null = null;
  const attachments: string[] = [];
  const text: string[] = [];
  for (let i = bodyStart; i <= end; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    text.push(li.plain);
    if (date === null && li.signatureDate) {
      date = li.signatureDate;
      signer = li.signatureOrgan ?? signerAbove(prepared, i, bodyStart);
    }
    if (disclosure === null && li.disclosure) disclosure = li.disclosure;
    // Every attachment head opens with 附: other lines skip the regex call.
    const head = li.plain.startsWith('附') ? ATTACHMENT_HEAD.exec(li.plain) : null;
    if (head) readAttachments(prepared, i, end, head[1] ?? '', attachments);
  }
  return { issuer: issuerOfTitle(title) ?? signer, date, disclosure, attachments, text: text.join('\n') };
}

/** The organ printed on the non-blank line above a date line. */
function signerAbove(prepared: PreparedText, dateLine: number, floor: number): string | null {
  for (let j = dateLine - 1; j >= floor && j >= dateLine - 4; j--) {
    const li = prepared.info[j];
    if (!li || li.blank || li.noise) continue;
    const text = li.plain.replace(/\s+/g, '');
    return isOrganLine(text) ? text : null;
  }
  return null;
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
