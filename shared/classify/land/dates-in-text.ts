/**
 * Calendar dates printed in notices (2023年10月31日, 二〇二三年十月三十一日) and ranges
 * (2023年10月1日至2023年10月31日, 2023年10月1日至10月31日).
 */
import { isoDate, parseChineseDate } from '../../parse/chinese-date.ts';

export const DATE_SOURCE = String.raw`\d{4}年\d{1,2}月\d{1,2}[日号]|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日`;
const PARTIAL_SOURCE = String.raw`(?:\d{1,2}月)?\d{1,2}[日号]`;
export const RANGE_SEPARATOR_SOURCE = '(?:至|到|—|-|－|~|～)';

/** A date followed by the end of a range, anchored at lastIndex: `DATE至DATE止`. */
/** A clock time printed after a date (8时, 16:30, 上午9:30). */
export const CLOCK_SOURCE = String.raw`(?:[上下]午)?\d{1,2}(?:[:：]\d{2}|时(?:\d{1,2}分)?|点)`;
export const RANGE_RE = new RegExp(`(${DATE_SOURCE})(?:${CLOCK_SOURCE})?起?${RANGE_SEPARATOR_SOURCE}(${DATE_SOURCE}|${PARTIAL_SOURCE})(?:${CLOCK_SOURCE})?(?:止|前)?`, 'y');
export const DATE_RE = new RegExp(DATE_SOURCE, 'g');

/** Resolves the end of a range; a partial end (10月31日, 31日) takes the missing parts from the start. */
export function rangeEnd(startIso: string, endText: string): string | null {
  const full = parseChineseDate(endText);
  if (full) return full;
  const m = /^(?:(\d{1,2})月)?(\d{1,2})[日号]$/.exec(endText);
  if (!m) return null;
  const [y, mo] = startIso.split('-').map(Number);
  if (y === undefined || mo === undefined) return null;
  return isoDate(y, m[1] ? Number(m[1]) : mo, Number(m[2]));
}
