/**
 * What a normalised line is, judged by the conventions of Chinese official documents and of
 * newspaper layout: page furniture (page numbers, running headers, QR-code notes), 文号 lines,
 * 落款 (signature and date) lines, disclosure notes, issuer lines.
 */
import { parseChineseDate } from './chinese-date.ts';
import { normaliseDocNumber } from './normalise-doc-number.ts';
import { plainLine } from './normalise-line.ts';
import { CHROME_MARK_CHARS, CHROME_MARK_WORDS, chromeKind, type ChromeKind } from './page-chrome.ts';

/** Endings of the names of issuing organs. */
export const ORGAN_SUFFIX =
  '人民政府办公室|人民政府办公厅|人民政府|人民代表大会常务委员会|常务委员会|委员会|管理委员会|管委会|办公室|办公厅|政府|办事处|局|厅|委|院|部|署|中心|分局|公司|集团|协会|联合会|学会|总工会|工会|法院|检察院|大队|支队|调查队|主席团';
const ORGAN = `[\\u4e00-\\u9fff（）()、]{1,40}?(?:${ORGAN_SUFFIX})`;
const ORGAN_LINE = new RegExp(`^(${ORGAN})$`);
const ORGAN_TITLE_START = new RegExp(`^(${ORGAN})(?=关于)`);
const DATE_TEXT = '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)';
const SIGNATURE_DATE = new RegExp(`^(?:(${ORGAN})\\s*)?(${DATE_TEXT})(?:[（(](此件[^（）()]{1,24})[）)])?$`);
const DISCLOSURE = /^[（(](此件[^（）()]{1,24})[）)]$/;
const PAGE_NUMBER = /^(?:[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/共]\s*共?\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const RUNNING_HEADER = /^(?:\d{1,2}\s*\/\s*\d{4}|\d{4}\s*年?\s*第\s*\d{1,3}\s*期)?.{0,24}公报.{0,24}$|^.{0,20}公报\s*[·•]?\s*第\s*\d+\s*[版期]\s*[·•]?\s*\d*$/;
const ISSUE_MARK = /第\s*\d{1,4}\s*[期版页]|\d{1,2}\s*\/\s*\d{4}|[·•]|\d{4}\s*年\s*第|公报\s*\d+$/;
const QR_NOTE = /^(?:[扫日扣]码.{1,3}|请?扫(?:码|描二维码).{0,6}|掌上公报.{0,8}|咨询(?:单位|电话)[:：].*|扫一扫.{0,10})$/;
const TABLE_ROW = /\t/;
// Checked on every line: module constants, and the last character compared directly (no regex call).
const FOUR_DIGITS = /\d{4}/;
/** A 落款 line ends in 日, or in the parenthesis of a disclosure note after the date. */
const SIGNATURE_LAST_CHARS = '日)）';
const WHITESPACE = /\s+/g;
/**
 * A markdown character (what plainLine removes) or a mark a chrome rule needs: one scan clears most lines of
 * both, and only a line with one pays for the two narrower scans. The characters form one class (a scan with
 * one class and the words is faster than with two classes and the words).
 */
const LINE_MARK = new RegExp(`[#*_\\-${CHROME_MARK_CHARS}]|${CHROME_MARK_WORDS.source}`);
/**
 * The characters PAGE_NUMBER, QR_NOTE and DISCLOSURE can open with (a plain line is trimmed, so never opens
 * with a space): the few lines that open with one are tested, the rest skip a regex call each.
 */
/** One flag per UTF-16 code unit: a typed-array lookup is several times cheaper than a Set's on every line. */
const codesOf = (chars: string): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
};
const PAGE_NUMBER_OPENERS = codesOf('-—–－_~·•第0123456789');
const QR_NOTE_OPENERS = codesOf('扫日扣请掌咨');
const DISCLOSURE_OPENERS = codesOf('（(');
const SIGNATURE_LAST_CODES = codesOf(SIGNATURE_LAST_CHARS);
/** Compared as a character code: charAt would build a string for every line. */
const opensWithOneOf = (text: string, openers: Uint8Array): boolean => text.length > 0 && openers[text.charCodeAt(0)] === 1;

export interface LineInfo {
  /** The line without markdown markup. */
  plain: string;
  blank: boolean;
  /** Page furniture or page chrome: dropped from document text and from titles. */
  noise: boolean;
  /** What kind of page chrome the line is (breadcrumb, metadata table …), or null. */
  chrome: ChromeKind | null;
  /** Normalised 文号 if the whole line is one. */
  docNumber: string | null;
  /** Signature date (落款) if the line is only a date, possibly after the organ's name. */
  signatureDate: string | null;
  /** Organ named on a signature-date line. */
  signatureOrgan: string | null;
  disclosure: string | null;
}

/** A running header needs a gazette-like marker (公报 with an issue or a page number) to count. */
function isRunningHeader(line: string): boolean {
  if (line.length > 48 || !line.includes('公报') || /[。，,；;]/.test(line)) return false;
  if (!/\d/.test(line) && !/[·•]/.test(line)) return false;
  // A gazette's header carries its issue or page (第2期, 2/2023, ·); a title ending in 统计公报 carries neither.
  if (!ISSUE_MARK.test(line)) return false;
  return RUNNING_HEADER.test(line);
}

export function describeLine(line: string): LineInfo {
  const marked = line !== '' && LINE_MARK.test(line);
  // Without markup a plain line is the line trimmed (plainLine's own shortcut).
  const plain = marked ? plainLine(line) : line.trim();
  const blank = plain === '';
  const info: LineInfo = { plain, blank, noise: false, chrome: null, docNumber: null, signatureDate: null, signatureOrgan: null, disclosure: null };
  if (blank) return info;
  // A number closed by a cell mark (65 |) is a flattened table's cell, not a page number.
  if ((opensWithOneOf(plain, PAGE_NUMBER_OPENERS) && !line.endsWith('|') && PAGE_NUMBER.test(plain)) || (opensWithOneOf(plain, QR_NOTE_OPENERS) && QR_NOTE.test(plain)) || isRunningHeader(plain)) {
    info.noise = true;
    return info;
  }
  // plainLine only removes characters: a line without a mark has a plain line without one.
  const chrome = chromeKind(plain, marked ? undefined : false);
  if (chrome) {
    info.noise = true;
    info.chrome = chrome;
    return info;
  }
  // A plain line is trimmed: a 文号 line ends in 号 itself (no trailing space to allow for).
  if (plain.length <= 40 && plain.endsWith('号') && FOUR_DIGITS.test(plain)) info.docNumber = normaliseDocNumber(plain);
  if (plain.length <= 80 && SIGNATURE_LAST_CODES[plain.charCodeAt(plain.length - 1)] === 1) {
    const sig = SIGNATURE_DATE.exec(plain.replace(WHITESPACE, ''));
    if (sig) {
      info.signatureDate = parseChineseDate(sig[2] ?? '');
      info.signatureOrgan = sig[1] ?? null;
      if (sig[3]) info.disclosure = sig[3];
    }
  }
  const disclosure = opensWithOneOf(plain, DISCLOSURE_OPENERS) ? DISCLOSURE.exec(plain) : null;
  if (disclosure) info.disclosure = disclosure[1] ?? null;
  return info;
}

/** The issuer at the head of a title line: 吕梁市离石区人民政府关于… → 吕梁市离石区人民政府. */
export function organAtTitleStart(text: string): string | null {
  return ORGAN_TITLE_START.exec(text)?.[1] ?? null;
}

/** The whole line is an organ's name (a title's first line, or a signature). */
export function isOrganLine(text: string): boolean {
  return text.length <= 40 && ORGAN_LINE.test(text);
}

export const isTableRow = (line: string): boolean => TABLE_ROW.test(line);

/** Sentence-final punctuation: a line ending with it is not part of a title. */
export const endsSentence = (text: string): boolean => /[。；;：:！!？?]$/.test(text);
