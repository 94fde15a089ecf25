/**
 * A source's compact index of recent issues, kept on its health record (issue 18): which discovered links are
 * known and which known issues are due for a re-check, so an hourly fetch reads a few records at most instead
 * of the source's whole issue history. Entries leave after the re-check horizon; a link older than that is
 * looked up by key when the index page lists it again.
 */
import type { IssueRecord } from '../model/issue.ts';
import type { RecentIssue } from '../store/ports.ts';
import { hadNoBytes, MAY_APPEAR_LATER } from './issue-store.ts';
import { isRecheckScheduled, recheckHorizonDays } from './recheck-schedule.ts';

/** How long a fetched issue may wait for processing before the fetch stage hands it over again. */
export const STUCK_AFTER_MS = 60 * 60 * 1000;
/** Entries kept per source (the newest), whatever the horizon: bounds the health record. */
export const MAX_RECENT_ISSUES = 300;

/** The entry of a stored record, its state taken from the record. */
export function entryOf(record: IssueRecord, at: string): RecentIssue {
  const state: RecentIssue['state'] =
    record.status === 'fetched' ? 'handed-over' : hadNoBytes(record) && MAY_APPEAR_LATER.has(record.httpStatus ?? 0) ? 'awaiting' : 'settled';
  return { issueId: record.issueId, firstSeenAt: record.firstSeenAt ?? record.fetchedAt, state, at };
}

/**
 * Whether this run reads the issue's record: handed over more than STUCK_AFTER_MS ago (stuck, or done by now:
 * the record says which), or due for a re-check on the decaying schedule since the source's previous run.
 */
export function needsReading(entry: RecentIssue, now: Date, previousRunAt: string | null, recheckDays: number): boolean {
  if (entry.state === 'handed-over') return now.getTime() - Date.parse(entry.at) > STUCK_AFTER_MS;
  return isRecheckDueNow(entry, now, previousRunAt, recheckDays);
}

/** Whether the issue's file is fetched again this run (the decaying schedule; a missing file more often at first). */
export function isRecheckDueNow(entry: RecentIssue, now: Date, previousRunAt: string | null, recheckDays: number): boolean {
  return isRecheckScheduled(entry.firstSeenAt, now, previousRunAt, recheckDays, entry.state === 'awaiting');
}

/** The entries still worth keeping: within the horizon (or not done yet), newest first, at most MAX_RECENT_ISSUES. */
export function pruneRecent(entries: Iterable<RecentIssue>, now: Date, recheckDays: number): RecentIssue[] {
  const horizonMs = Math.max(1, recheckHorizonDays(recheckDays)) * 24 * 3600 * 1000;
  return [...entries]
    .filter((e) => e.state === 'handed-over' || now.getTime() - Date.parse(e.firstSeenAt) <= horizonMs)
    .sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt) || a.issueId.localeCompare(b.issueId))
    .slice(0, MAX_RECENT_ISSUES);
}
