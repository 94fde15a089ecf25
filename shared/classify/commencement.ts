/**
 * Commencement clauses (自2024年3月1日起施行, 自发布之日起施行, 于今年1月1日起正式施行)
 * and the calendar date they resolve to.
 */
import { parseChineseDate } from '../parse/chinese-date.ts';
import { addDays } from './land/date-arithmetic.ts';
import { parseChineseNumeral } from './land/numbers.ts';
import { ANCHOR_DAY_PHRASES, COMMENCEMENT_VERBS, SELF_REFERENCES } from './keywords.ts';
import { literalLed, literalLedMatches } from './literal-scan.ts';
import { anyWordPattern, firstKeywordIn, SENTENCE_END, sentenceBounds } from './text.ts';

export interface Commencement {
  /** The clause as printed (compacted), e.g. 自2024年3月1日起施行. */
  phrase: string;
  /** ISO date, or null when it cannot be resolved. */
  date: string | null;
  /** The document's own reference before it (本办法, 本通知, …), or null. */
  subject: string | null;
  /** Start and end of the clause's sentence in the searched text. */
  sentenceStart: number;
  sentenceEnd: number;
}

const LOOKBACK = 40;
const MONTH_DAY = /^(今年|明年|本年)?(\d{1,2})月(\d{1,2})[日号]$/;

/** 自…起 → the date between the words, relative to the anchor where needed. */
export function resolveStartDate(between: string, anchor: string | null): string | null {
  if (ANCHOR_DAY_PHRASES.some((phrase) => between.includes(phrase))) return anchor;
  const absolute = parseChineseDate(between);
  if (absolute) return absolute;
  const monthDay = MONTH_DAY.exec(between);
  if (!monthDay || !anchor) return null;
  const year = Number(anchor.slice(0, 4)) + (monthDay[1] === '明年' ? 1 : 0);
  const month = Number(monthDay[2]);
  const day = Number(monthDay[3]);
  return parseChineseDate(`${year}年${month}月${day}日`);
}

/** A count of days as printed: 30, 三十. */
const DAYS = '[\\d〇零一二三四五六七八九十百两]{1,5}';
/**
 * 起, a delay of days where one is printed (自公布之日起30日后施行, 自公布之日起满三十日施行: the form 《规章制定程序条例》
 * prescribes for 规章), and the commencement verb, the verbs tried in their listed order (tried only where 起 is).
 */
const START_VERB = literalLed(
  '起',
  `(?:(${DAYS})(?:日|天)后|满(${DAYS})(?:日|天)(?:后|之日起|起)?)?(${COMMENCEMENT_VERBS.map((v) => anyWordPattern([v]).source).join('|')})`,
);

/** 30 / 三十 → 30 (days are whole numbers; null when the count does not read as one). */
function dayCount(printed: string): number | null {
  const n = /^\d+$/.test(printed) ? Number(printed) : parseChineseNumeral(printed);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** The start date moved by the printed delay (N日后: the anchor plus N calendar days). */
function delayed(date: string | null, printedDays: string | undefined): string | null {
  if (date === null || printedDays === undefined) return date;
  const days = dayCount(printedDays);
  return days === null ? null : addDays(date, days);
}

/** Every commencement clause in a compacted text, in reading order. */
export function findCommencements(text: string, anchor: string | null): Commencement[] {
  const out: Commencement[] = [];
  for (const m of literalLedMatches(text, START_VERB)) {
    const at = m.index;
    const delay = m[1] ?? m[2];
    const windowStart = Math.max(0, at - LOOKBACK);
    const window = text.slice(windowStart, at);
    const from = Math.max(window.lastIndexOf('自'), window.lastIndexOf('于'), window.lastIndexOf('从'));
    if (from < 0) continue;
    const between = window.slice(from + 1);
    if (SENTENCE_END.test(between)) continue;
    const clauseStart = windowStart + from;
    const { start, end } = sentenceBounds(text, at, 200);
    const subject = firstKeywordIn(text.slice(start, clauseStart), SELF_REFERENCES);
    out.push({
      phrase: text.slice(clauseStart, at + m[0].length),
      date: delayed(resolveStartDate(between, anchor), delay),
      subject,
      sentenceStart: start,
      sentenceEnd: end,
    });
  }
  return out;
}

/** The clause that speaks of the document itself, else the first one. */
export function mainCommencement(all: readonly Commencement[]): Commencement | null {
  return all.find((c) => c.subject !== null) ?? all[0] ?? null;
}
