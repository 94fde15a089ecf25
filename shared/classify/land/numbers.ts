/**
 * Numbers as printed in notices: 1,234.5 / 15 / 十五 / 一百二十 / 两千 / 壹万 / 3.2万 (the 万 is read by the callers).
 * Callers run on text that `normaliseFactText` has already turned to ASCII digits.
 */
import { charTest } from '../char-tests.ts';

const CN_NUMERAL_CLASS = '零〇两一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * Source of a regex matching one printed number (Arabic with optional thousands separators, or Chinese).
 * Each branch starts only at the beginning of a run of its characters and is bounded in length, so a
 * long run of digits costs linear time instead of a retry (and a backtrack) at every position in it.
 */
export const NUMBER_SOURCE = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,12})(?:\.\d{1,6})?|(?<![${CN_NUMERAL_CLASS}])[${CN_NUMERAL_CLASS}]{1,12}`;

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** 十五 → 15, 一百二十 → 120, 一万二千 → 12000, 二〇二三 → 2023 (digit by digit when no unit is written). */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) {
    // Digit strings such as 二〇二三 or a single 五.
    return chars.reduce((acc, c) => acc * 10 + (DIGITS[c] ?? 0), 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big !== undefined) {
      total += (section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** Parses one token matched by NUMBER_SOURCE. */
export function parseNumber(token: string): number | null {
  if (/^[\d.,]+$/.test(token)) {
    const n = Number(token.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return parseChineseNumeral(token);
}

/** Rounds away binary noise (0.1 + 0.2) while keeping printed precision. */
export function roundTo(value: number, decimals = 4): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

const CN_NUMERAL = new RegExp(`[${CN_NUMERAL_CLASS}]`);
const isNumeral = charTest(CN_NUMERAL);
const isArabicPart = charTest(/[\d.,]/);
const ARABIC_TOKEN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const ARABIC_TAIL = /\d+(?:\.\d+)?$/;
const MAX_TOKEN = 24;

/**
 * The printed number that ends exactly at `end` (the figure before a unit found first), scanning
 * backwards at most MAX_TOKEN characters; null when there is none or the run is implausibly long.
 * Searching for the unit first and reading the number backwards keeps long texts cheap.
 */
export function numberEndingAt(text: string, end: number): { token: string; start: number } | null {
  const last = text.charAt(end - 1);
  let i = end;
  if (CN_NUMERAL.test(last)) {
    while (i > 0 && end - i <= MAX_TOKEN && isNumeral(text, i - 1)) i--;
    if (end - i > 12) return null;
    return { token: text.slice(i, end), start: i };
  }
  if (!/\d/.test(last)) return null;
  while (i > 0 && end - i <= MAX_TOKEN && isArabicPart(text, i - 1)) i--;
  if (/\d/.test(text.charAt(i - 1))) return null;
  const run = text.slice(i, end).replace(/^[.,]+/, '');
  const token = ARABIC_TOKEN.test(run) ? run : (ARABIC_TAIL.exec(run)?.[0] ?? '');
  return token ? { token, start: end - token.length } : null;
}
