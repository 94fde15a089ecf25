/**
 * The 落款 date printed at the end of a document (a line that is only a date), for documents whose metadata
 * gives none: relative deadlines (自本公告发布之日起30日内) and commencements resolve against it.
 */
import { parseChineseDate } from '../parse/chinese-date.ts';

/** How many lines from the end the signature is looked for. */
const TAIL_LINES = 20;
const DATE_LINE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d〇零○一二三四五六七八九十]{1,2}\s*月\s*[\d〇零○一二三四五六七八九十]{1,3}\s*日$/;

export function signatureDate(text: string): string | null {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - TAIL_LINES); i--) {
    const line = (lines[i] ?? '').trim().replace(/^[（(]|[)）]$/g, '');
    if (DATE_LINE.test(line)) return parseChineseDate(line);
  }
  return null;
}
