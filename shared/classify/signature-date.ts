/**
 * The 落款 date printed at the end of a document (a line that is only a date), for documents whose metadata
 * gives none: relative deadlines (自本公告发布之日起30日内) and commencements resolve against it.
 */
import { parseChineseDate } from '../parse/chinese-date.ts';

/** How many lines from the end the signature is looked for. */
const TAIL_LINES = 20;
const TAIL_CHARS = 3000;
/** A date that ends its line (…人民政府2023年12月12日。), the signature's form. */
const DATE_AT_END = /((?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d〇零○一二三四五六七八九十]{1,2}\s*月\s*[\d〇零○一二三四五六七八九十]{1,3}\s*日)[。]?$/;
/** What may stand before the date on the signature line: the issuer, nothing else. */
const ISSUER_BEFORE = /^(?:.*?(?:人民政府|政府|委员会|办公室|局|厅|中心|办事处))?$/;

/** A page's metadata table (发文日期: | 2020年09月28日 |), read when no signature is printed. */
const METADATA_DATE = /(?:成文日期|发文日期|印发日期|发布日期)[\s:：|]*((?:\d{4})\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}日?)/;
const METADATA_SPAN = 800;

/** The document's own date: its signature, else its page's metadata table. */
export function printedDocumentDate(text: string): string | null {
  const signed = signatureDate(text);
  if (signed) return signed;
  const m = METADATA_DATE.exec(text.slice(0, METADATA_SPAN));
  if (!m) return null;
  const parts = /(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(m[1] ?? '');
  return parts ? parseChineseDate(`${parts[1]}年${Number(parts[2])}月${Number(parts[3])}日`) : null;
}

export function signatureDate(text: string): string | null {
  // Only the end of the text can hold the signature: long documents are not split whole.
  const lines = (text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text).split('\n');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - TAIL_LINES); i--) {
    const line = (lines[i] ?? '').trim().replace(/^[（(]|[)）]$/g, '');
    const m = DATE_AT_END.exec(line);
    if (m && ISSUER_BEFORE.test(line.slice(0, m.index).replace(/.*[。；，,：:]/, '').slice(-40))) return parseChineseDate(m[1] ?? '');
  }
  return null;
}
