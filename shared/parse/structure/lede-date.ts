/**
 * The date of a news report on a page: the day its lede names (8月13日上午，… / 今天（7月27日）…), in the year of
 * the page's publication date, when that day falls in the month before publication. A report is dated by its
 * event, not by the day the page was made; without a page date the year is unknown and no date is invented.
 */
import { isoDate } from '../chinese-date.ts';
import type { PreparedText } from '../prepare-lines.ts';

const LEDE_DAY = /^(?:[^，,。]{0,24}?(?:今天|今日|昨天|昨日)?[(（])?(\d{1,2})月(\d{1,2})日/;
/** A lede naming the day only (13日上午，…): the month is the page's, or the one before. */
const LEDE_DAY_ONLY = /^(?:[^，,。\d]{0,12}?)(\d{1,2})日(?:上午|下午|晚|[,，])/;
const MAX_DAYS_BEFORE = 31;
/** 本报讯（记者…）, 中新网海口8月30日电（记者…）, （记者…）: the dateline before the lede. */
const DATELINE = /^(?:[\u4e00-\u9fff]{0,12}?(?:讯|电))?\s*(?:[(（](?:记者|通讯员)[^)）]{0,30}[)）])?\s*/;
/** A reporter's line before the lede: 江西台记者某某报道： */
const BYLINE_LINE = /^.{0,20}(?:记者|通讯员).{0,12}(?:报道)?[:：]?$/;
const DAY_MS = 86_400_000;

export function ledeDate(prepared: PreparedText, from: number, to: number, published: string | null): string | null {
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  let bylines = 0;
  for (let i = from; i <= to; i++) {
    const li = prepared.info[i];
    if (!li || li.blank || li.noise) continue;
    if (BYLINE_LINE.test(li.plain) && bylines++ < 2) continue;
    const lede = li.plain.replace(DATELINE, '');
    const m = LEDE_DAY.exec(lede);
    const dayOnly = m ? null : LEDE_DAY_ONLY.exec(lede);
    if (!m && !dayOnly) return null;
    const month = Number(published.slice(5, 7));
    const candidates: [number, number, number][] = m
      ? [[year, Number(m[1]), Number(m[2])], [year - 1, Number(m[1]), Number(m[2])]]
      : [[year, month, Number(dayOnly?.[1])], month === 1 ? [year - 1, 12, Number(dayOnly?.[1])] : [year, month - 1, Number(dayOnly?.[1])]];
    for (const [y, mo, d] of candidates) {
      const day = isoDate(y, mo, d);
      if (!day) continue;
      const before = (Date.parse(published) - Date.parse(day)) / DAY_MS;
      if (before >= 0 && before <= MAX_DAYS_BEFORE) return day;
    }
    return null;
  }
  return null;
}
