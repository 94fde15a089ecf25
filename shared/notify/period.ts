/**
 * Digest periods in the subscriber's local time (Asia/Shanghai, UTC+8 all year, no DST).
 * A period string is the idempotency key of a digest: daily "2026-11-22", weekly ISO week "2026-W47".
 */
import { shanghaiDay } from '../util/shanghai-time.ts';

const shanghaiOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}


export { shanghaiDay };

/** ISO 8601 week of a calendar day: the week (Monday–Sunday) containing its Thursday. */
function isoWeekOf(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  const thursday = new Date(date.getTime() + (4 - weekday) * dayMs);
  const weekYear = thursday.getUTCFullYear();
  const jan1 = Date.UTC(weekYear, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / dayMs / 7) + 1;
  return { year: weekYear, week };
}

/** The digest period containing the instant `at`, in Asia/Shanghai. */
export function digestPeriod(frequency: 'daily' | 'weekly', at: Date): string {
  const day = shanghaiDay(at);
  if (frequency === 'daily') return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const { year, week } = isoWeekOf(y, m, d);
  return `${year}-W${pad(week)}`;
}

export interface PeriodRange {
  frequency: 'daily' | 'weekly';
  /** First and last calendar day (Asia/Shanghai), inclusive. */
  firstDay: string;
  lastDay: string;
  /** Start (inclusive) and end (exclusive) as instants. */
  start: Date;
  end: Date;
}

function dayString(utcMidnight: number): string {
  const d = new Date(utcMidnight);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The days and instants a period string covers; throws on a malformed or impossible period. */
export function periodRange(period: string): PeriodRange {
  const daily = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (daily) {
    const [y, m, d] = [Number(daily[1]), Number(daily[2]), Number(daily[3])];
    const midnight = Date.UTC(y, m - 1, d);
    if (dayString(midnight) !== period) throw new Error(`not a calendar day: ${period}`);
    return {
      frequency: 'daily',
      firstDay: period,
      lastDay: period,
      start: new Date(midnight - shanghaiOffsetMs),
      end: new Date(midnight + dayMs - shanghaiOffsetMs),
    };
  }
  const weekly = /^(\d{4})-W(\d{2})$/.exec(period);
  if (weekly) {
    const [year, week] = [Number(weekly[1]), Number(weekly[2])];
    // Week 1 is the week with 4 January in it.
    const jan4 = Date.UTC(year, 0, 4);
    const jan4Weekday = new Date(jan4).getUTCDay() === 0 ? 7 : new Date(jan4).getUTCDay();
    const monday = jan4 - (jan4Weekday - 1) * dayMs + (week - 1) * 7 * dayMs;
    const firstDay = dayString(monday);
    const [fy, fm, fd] = firstDay.split('-').map(Number) as [number, number, number];
    if (week < 1 || isoWeekOf(fy, fm, fd).year !== year) throw new Error(`no such ISO week: ${period}`);
    return {
      frequency: 'weekly',
      firstDay,
      lastDay: dayString(monday + 6 * dayMs),
      start: new Date(monday - shanghaiOffsetMs),
      end: new Date(monday + 7 * dayMs - shanghaiOffsetMs),
    };
  }
  throw new Error(`not a digest period: ${period}`);
}

/** The period just before the one containing `at` (what a digest sent at 08:00 reports on). */
export function previousPeriod(frequency: 'daily' | 'weekly', at: Date): string {
  const current = periodRange(digestPeriod(frequency, at));
  return digestPeriod(frequency, new Date(current.start.getTime() - 1));
}
