/**
 * When a known issue is fetched again (issue 18): daily while it is young (`recheckDays`, 14 by default),
 * then weekly for WEEKLY_RECHECKS more weeks, then never; the first run after each boundary does it. A file
 * not uploaded yet (a 403/404/410 link) is tried on every run for its first day — a notice must not be missed —
 * and then on the same decaying schedule. Stateless per issue: the boundaries are counted from when the URL
 * was first seen, and compared with the source's previous successful run.
 */
const DAY_MS = 24 * 3600 * 1000;
const WEEK_DAYS = 7;
/** Weekly re-checks after the daily ones. */
export const WEEKLY_RECHECKS = 10;
/** Days of daily re-checks when a source does not set `recheckDays`. */
export const DEFAULT_RECHECK_DAYS = 14;
/** How many times an issue is fetched again over its life: once a day, then once a week. */
export const rechecksPerIssue = (recheckDays: number): number => (recheckDays <= 0 ? 0 : recheckDays + WEEKLY_RECHECKS);
/** How long a missing file is tried on every run. */
export const AWAITING_EVERY_RUN_MS = DAY_MS;

/** Days after which an issue is never re-checked (nor kept in the source's compact index). */
export const recheckHorizonDays = (recheckDays: number): number => (recheckDays <= 0 ? 0 : recheckDays + WEEKLY_RECHECKS * WEEK_DAYS);

/** Which re-check period an age falls in: one per day, then one per week; -1 before the issue was seen. */
export function recheckSlot(ageMs: number, recheckDays: number): number {
  if (ageMs < 0) return -1;
  const days = ageMs / DAY_MS;
  if (days <= recheckDays) return Math.floor(days);
  return recheckDays + Math.floor((days - recheckDays) / WEEK_DAYS);
}

/**
 * Whether an issue first seen at `firstSeenAt` is due for a re-check at `now`, when the source last ran
 * successfully at `previousRunAt` (null: never, or not known). `awaitingFile`: its link answered 403/404/410.
 */
export function isRecheckScheduled(firstSeenAt: string, now: Date, previousRunAt: string | null, recheckDays: number, awaitingFile = false): boolean {
  const first = Date.parse(firstSeenAt);
  if (Number.isNaN(first) || recheckDays <= 0) return false;
  const age = now.getTime() - first;
  if (age > recheckHorizonDays(recheckDays) * DAY_MS) return false;
  if (awaitingFile && age <= AWAITING_EVERY_RUN_MS) return true;
  const previous = previousRunAt === null ? Number.NaN : Date.parse(previousRunAt);
  if (Number.isNaN(previous)) return true;
  return recheckSlot(age, recheckDays) > recheckSlot(previous - first, recheckDays);
}
