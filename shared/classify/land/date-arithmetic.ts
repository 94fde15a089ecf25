/**
 * Pure calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so no local time zone can shift a day.
 * Periods follow 民法典 art. 201–202: the starting day is not counted; a period of months ends on the
 * corresponding day of the final month, or on that month's last day when it has no such day.
 * Working days follow China's public holidays and 调休 make-up working days (the chinese-days calendar, which
 * covers the years it has published; later years count Monday–Friday). `endOfPeriod` is the plain arithmetic;
 * `lastDayOfPeriod` applies 民法典 art. 203 (行政诉讼法 art. 83 alike): a period of days, weeks, months or years whose
 * last day is a rest day (a weekend not worked, a public holiday) ends on the next working day.
 */
import { isWorkingDay } from './working-days.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === iso ? t : null;
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** `iso` plus `days` calendar days (negative allowed); null for an invalid date. */
export function addDays(iso: string, days: number): string | null {
  const t = toUtc(iso);
  return t === null ? null : fromUtc(t + days * DAY_MS);
}

/** `iso` plus `months` months, clamped to the last day of the target month. */
export function addMonths(iso: string, months: number): string | null {
  const t = toUtc(iso);
  if (t === null) return null;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
}

export function addYears(iso: string, years: number): string | null {
  return addMonths(iso, years * 12);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number | null {
  const t = toUtc(iso);
  return t === null ? null : new Date(t).getUTCDay();
}

/** The `n`th working day after `iso` (the start day itself is not counted; holidays skipped, 调休 days counted). */
export function addWorkingDays(iso: string, n: number): string | null {
  const t = toUtc(iso);
  if (t === null) return null;
  let cur = t;
  let left = n;
  while (left > 0) {
    cur += DAY_MS;
    if (isWorkingDay(fromUtc(cur))) left--;
  }
  return fromUtc(cur);
}

export type PeriodUnit = 'day' | 'working-day' | 'week' | 'month' | 'year';

/** The last day of a period of `n` units starting on `iso`. */
export function endOfPeriod(iso: string, n: number, unit: PeriodUnit): string | null {
  switch (unit) {
    case 'day':
      return addDays(iso, n);
    case 'working-day':
      return addWorkingDays(iso, n);
    case 'week':
      return addDays(iso, n * 7);
    case 'month':
      return addMonths(iso, n);
    case 'year':
      return addYears(iso, n);
  }
}

/** The day a period of `n` units from `iso` runs out, a last day falling on a rest day moved to the next working day. */
export function lastDayOfPeriod(iso: string, n: number, unit: PeriodUnit): string | null {
  let end = endOfPeriod(iso, n, unit);
  if (unit === 'working-day') return end;
  for (let k = 0; end !== null && k < 31 && !isWorkingDay(end); k++) end = addDays(end, 1);
  return end;
}
