/**
 * 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5): the date line closing the body, with the signing organs on
 * the lines right above it (joint documents: one organ a line, or several on one line) or before the date
 * on the same line.
 */
import { parseChineseDate } from '../chinese-date.ts';
import { isOrganLine, ORGAN_SUFFIX } from '../line-kinds.ts';
import type { PreparedText } from '../prepare-lines.ts';
import { issuersOfLine } from './issuers.ts';

export interface Signature {
  date: string | null;
  /** 0-based line of the date, or -1. */
  line: number;
  signers: string[];
  disclosure: string | null;
}

const MAX_SIGNER_LINES = 4;
/** A line of body text: a sentence (ends in 。：；) or a paragraph too long for a heading. */
const isBodyText = (text: string): boolean => text.length > 40 || (text !== '' && '。：:；;'.includes(text.charAt(text.length - 1)));

/** The first 落款 in [from, to]; its signers read upward from the date line. */
export function readSignature(prepared: PreparedText, from: number, to: number): Signature {
  const { info } = prepared;
  let body = false;
  for (let i = from; i <= to; i++) {
    const li = info[i];
    if (!li || li.blank || li.noise) continue;
    if (!li.signatureDate) {
      body ||= isBodyText(li.plain);
      continue;
    }
    // A 署名 closes a body: an organ and its date on one line above every sentence is the page's stamp (a
    // repost's publisher and day), not the document's 落款. (A 公报's authors and date under its title are.)
    if (!body && li.signatureOrgan) continue;
    const signers: string[] = [];
    for (let j = i - 1, seen = 0; j >= from && seen < MAX_SIGNER_LINES; j--) {
      const above = info[j];
      if (!above || above.blank || above.noise) continue;
      seen++;
      const organs = isOrganLine(above.plain) ? issuersOfLine(prepared.raw[j] ?? above.plain) : null;
      if (!organs) break;
      signers.unshift(...organs);
    }
    if (li.signatureOrgan) signers.push(li.signatureOrgan);
    return { date: li.signatureDate, line: i, signers, disclosure: li.disclosure };
  }
  return trailingSignature(prepared, from, to);
}

const DATE = '(?:\\d{4}|[〇零○一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日';
/** A 落款 run onto the end of the last paragraph (flattened pages): …特此公告。某某县人民政府2023年12月12日。 */
const TRAILING = new RegExp(`(?:${ORGAN_SUFFIX})\\s*(${DATE})[。.]?$`);
/** The last word of a line is a date (…某某县人民政府 2023年12月12日). */
const DATE_WORD = new RegExp(`^${DATE}[。.]?$`);
const SPACE = /\s/;
/** An organ run onto the text before it with no space: the ideographs after the last punctuation or Latin letter. */
const RUN_ON_ORGAN = new RegExp(`([\\u4e00-\\u9fff（）()]{2,40})${DATE}[。.]?$`);
/** The closing formula of a notice glued to the organ after it (特此通告某某局). */
const CLOSING_FORMULA = /^(?:特此|此布|现予)(?:公告|通告|通知|批复|公示|函告|告知|布告)?[。.]?/;

/**
 * The word printed before a closing date, spaces between them (某某县人民政府 2023年12月12日 → 某某县人民政府): what
 * /(\S+)\s+DATE[。.]?\s*$/ captures, found from the end of the line (the regex retries its \S+ from every
 * position of a long unspaced line).
 */
function wordBeforeDate(line: string): string | undefined {
  let end = line.length;
  while (end > 0 && SPACE.test(line.charAt(end - 1))) end--;
  let dateStart = end;
  while (dateStart > 0 && !SPACE.test(line.charAt(dateStart - 1))) dateStart--;
  if (dateStart === 0 || !DATE_WORD.test(line.slice(dateStart, end))) return undefined;
  let wordEnd = dateStart;
  while (wordEnd > 0 && SPACE.test(line.charAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && !SPACE.test(line.charAt(wordStart - 1))) wordStart--;
  return wordEnd > wordStart ? line.slice(wordStart, wordEnd) : undefined;
}

/** TRAILING ends in 日, or in 日 and a full stop: a line ending otherwise is not tried. */
const endsLikeDate = (line: string): boolean => line.endsWith('日') || line.endsWith('日。') || line.endsWith('日.');

function trailingSignature(prepared: PreparedText, from: number, to: number): Signature {
  for (let i = to; i >= from; i--) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) continue;
    const m = endsLikeDate(li.plain) ? TRAILING.exec(li.plain) : null;
    if (!m) break;
    const organ = wordBeforeDate((prepared.raw[i] ?? '').trim()) ?? RUN_ON_ORGAN.exec(li.plain)?.[1] ?? '';
    const signer = organ.replace(CLOSING_FORMULA, '');
    return { date: parseChineseDate(m[1] ?? ''), line: i, signers: isOrganLine(signer) ? [signer] : [], disclosure: null };
  }
  return { date: null, line: -1, signers: [], disclosure: null };
}
