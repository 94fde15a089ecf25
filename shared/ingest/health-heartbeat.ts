/**
 * When a fetch run writes the source's health record (issue 18). A source that did not change is the common
 * case at 3,000 sources polled hourly, and one PutItem per source and hour was most of the DynamoDB write
 * bill: a successful run skips the write when nothing a later run or a reader needs has changed, and writes
 * anyway once the stored check is HEALTH_HEARTBEAT_MS old, so `lastCheckedAt`/`lastSuccessAt` (the source
 * page, `gw sources list`) are never older than that while the source works.
 *
 * Why skipping is safe for the re-check schedule: the schedule compares each issue's age with the source's
 * previous successful run as stored (`lastSuccessAt`). A skipped write only leaves that older than the real
 * previous run, never newer, so no re-check is missed; and a run that re-checks or reads an issue record
 * always writes (its compact index changes), so the same boundary never triggers a second re-check.
 */
import { isDeepStrictEqual } from 'node:util';
import type { SourceHealth } from '../store/ports.ts';

/** An unchanged, working source's health is written at least this often (6 h: 4 writes a day instead of 24). */
export const HEALTH_HEARTBEAT_MS = 6 * 3600 * 1000;

/** What this run did besides computing the next health, where a skipped write would lose something. */
export interface RunFacts {
  /** Issue records were read this run (re-checks due, a hand-over to verify), or new links were tried. */
  touchedIssues: boolean;
  /** New issues were left for a later run (the index is not marked as seen). */
  deferred: boolean;
}

/** The fields a run sets every time: not a change by themselves. */
const withoutClock = ({ lastCheckedAt: _checked, lastSuccessAt: _success, ...rest }: SourceHealth) => rest;

const ageMs = (at: string | null, now: Date): number => (at === null ? Number.NaN : now.getTime() - Date.parse(at));
const young = (at: string | null, now: Date, heartbeatMs: number): boolean => {
  const age = ageMs(at, now);
  return age >= 0 && age < heartbeatMs;
};

/**
 * Whether a successful run must write `next` over `previous` (the record as read at the start of the run):
 * always after failures (before or now), after touching issue records or deferring new ones, when anything
 * but the check times differs (validators, compact index, slow links, last new issue, verification), and
 * when the stored check is missing, in the future or at least `heartbeatMs` old.
 */
export function mustWriteHealth(previous: SourceHealth, next: SourceHealth, now: Date, facts: RunFacts, heartbeatMs = HEALTH_HEARTBEAT_MS): boolean {
  if (facts.touchedIssues || facts.deferred) return true;
  if (previous.consecutiveFailures > 0 || previous.lastError !== null || next.consecutiveFailures > 0 || next.lastError !== null) return true;
  if (!young(previous.lastCheckedAt, now, heartbeatMs) || !young(previous.lastSuccessAt, now, heartbeatMs)) return true;
  return !isDeepStrictEqual(withoutClock(previous), withoutClock(next));
}
