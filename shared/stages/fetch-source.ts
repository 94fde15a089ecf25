import type { IssueRecord } from '../model/issue.ts';
import type { Source } from '../model/source.ts';
import { discover, entryUrlOf, originOf, type DiscoveredIssue, type DiscoveryResult } from '../ingest/discovery/discover.ts';
import { IngestError } from '../ingest/errors.ts';
import { HostPacer } from '../ingest/host-pacer.ts';
import { httpGet, withRetries } from '../ingest/http-client.ts';
import { isTimedOut, LinkBudget } from '../ingest/link-budget.ts';
import { fetchNewIssue, isRecheckDue, issueIdFor, recheckIssue, toMessage, type Get } from '../ingest/issue-store.ts';
import { mustWriteHealth } from '../ingest/health-heartbeat.ts';
import { entryOf, isRecheckDueNow, needsReading, pruneRecent, STUCK_AFTER_MS } from '../ingest/recent-issues.ts';
import { DEFAULT_RECHECK_DAYS, recheckHorizonDays } from '../ingest/recheck-schedule.ts';
import { RobotsCache } from '../ingest/robots-cache.ts';
import type { BlobStore, IssueRepository, QueuePort, RecentIssue, SlowLink, SourceHealth, SourceRepository } from '../store/ports.ts';

export { canonicalUrl, issueIdFor } from '../ingest/issue-store.ts';

export interface FetchDeps {
  sources: SourceRepository;
  issues: IssueRepository;
  blobs: BlobStore;
  queue: QueuePort;
  userAgent: string;
  allowPrivate: boolean;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Per-host pacing shared by every source of a fetch batch (default: one for this source alone). */
  pacer?: HostPacer;
  /** robots.txt per origin shared by a fetch batch (default: read for this source alone). */
  robots?: RobotsCache;
  /**
   * Re-checks that need a request of their own are left for a follow-up message (FetchOutcome.laterRechecks)
   * instead of being made after the index, so no invocation sleeps on the host's politeness interval, billed
   * (issue 18): the fetch function sets it and sends them on, delayed by that interval. Off: made in this run.
   */
  recheckLater?: boolean;
}

export interface FetchOutcome {
  sourceId: string;
  status: 'ok' | 'not-modified' | 'failed';
  discovered: number;
  /** Issue links robots.txt does not let us fetch. */
  disallowed: number;
  newIssues: number;
  /** Known issues whose file was replaced in place with different bytes (handed to process again). */
  revisedIssues: number;
  failedIssues: number;
  /** New issues left for the next run because this run reached the source's maxNewIssuesPerRun. */
  deferredIssues: number;
  reason: string | null;
  /** Every issue that failed this run, with its reason (permanent ones are also on the issue record). */
  failures: { url: string; reason: string }[];
  /** Whether the health record was written (an unchanged source skips it between heartbeats: ../ingest/health-heartbeat.ts). */
  healthWritten: boolean;
  /** Issues due for a re-check left for a follow-up run (`recheckLater`): recheckSource makes them. */
  laterRechecks: string[];
}

export const DEFAULT_MAX_NEW_ISSUES_PER_RUN = 50;
/** Slow links kept on the health record per run. */
const MAX_SLOW_LINKS = 20;

/**
 * One source's fetch: its discovery strategy (HTML index or feed with conditional GET, or dated URLs) finds
 * issues; each one not seen before is downloaded into S3 (raw/{sourceId}/{issueId}/{sha256}.{ext}), recorded
 * and handed to process; known issues are re-checked for in-place replacement on a decaying schedule (daily
 * for `recheckDays`, then weekly: shared/ingest/recheck-schedule.ts). What is known comes from the source's
 * compact index on its health record, not from its whole issue history. Its health is written after every run
 * that failed or changed anything, and at least every HEALTH_HEARTBEAT_MS when nothing did.
 * `health` may be passed when the caller has read it already (a batched read of a message's sources).
 */
export async function fetchSource(source: Source, deps: FetchDeps, prefetched: { health?: SourceHealth } = {}): Promise<FetchOutcome> {
  const health = prefetched.health ?? (await deps.sources.getHealth(source.id));
  const startedAt = deps.now().toISOString();
  const pacer = deps.pacer ?? new HostPacer();
  const robots = deps.robots ?? new RobotsCache();
  const slowLinks: SlowLink[] = [];
  const get = sourceGetter(source, deps, pacer, slowLinks);
  const robotsGet = sourceGetter(source, deps, pacer, slowLinks, { robots: true });
  const outcome = emptyOutcome(source.id);

  const failed = async (reason: string): Promise<FetchOutcome> => {
    await deps.sources.putHealth({ ...health, lastCheckedAt: startedAt, consecutiveFailures: health.consecutiveFailures + 1, lastError: reason, slowLinks });
    return { ...outcome, status: 'failed', reason, healthWritten: true };
  };

  const rules = await robots.rulesFor(originOf(source.discovery), robotsGet);
  if (typeof rules === 'string') return failed(rules);
  const entry = entryUrlOf(source.discovery);
  if (entry && !(await robots.allows(entry, robotsGet))) return failed(`robots.txt 禁止抓取索引页 disallows the index page: ${entry}`);

  let found: DiscoveryResult;
  try {
    found = await discover(source.discovery, {
      get,
      now: deps.now(),
      previous: { etag: health.indexEtag, lastModified: health.indexLastModified },
      allows: (url) => robots.allows(url, robotsGet),
    });
  } catch (err) {
    if (err instanceof IngestError) return failed(err.message);
    throw err;
  }

  const now = deps.now();
  const recheckDays = source.recheckDays ?? DEFAULT_RECHECK_DAYS;
  const recent = new Map((health.recentIssues ?? (await recentFromHistory(source.id, recheckDays, deps))).map((e) => [e.issueId, e]));
  const candidates = found.status === 'found' ? found.issues : [];
  outcome.discovered = candidates.length;
  const allowed: DiscoveredIssue[] = [];
  for (const issue of candidates) {
    if (await robots.allows(issue.url, robotsGet)) allowed.push(issue);
    else outcome.disallowed++;
  }
  // Links beyond the compact index: looked up by key (one batched read), never by reading the history.
  const unlisted = allowed.map((i) => issueIdFor(i.url)).filter((id) => !recent.has(id));
  const older = new Set((await deps.issues.getMany(source.id, unlisted)).map((r) => r.issueId));
  const due = [...recent.values()].filter((e) => needsReading(e, now, health.lastSuccessAt, recheckDays));
  const maxNew = source.maxNewIssuesPerRun ?? DEFAULT_MAX_NEW_ISSUES_PER_RUN;
  let attempted = 0;
  for (const issue of allowed) {
    const id = issueIdFor(issue.url);
    if (recent.has(id) || older.has(id)) continue;
    if (attempted >= maxNew) {
      outcome.deferredIssues++;
      continue;
    }
    attempted++;
    const entry = await fetchNew(source.id, issue, get, deps, outcome);
    if (entry) recent.set(entry.issueId, entry);
  }
  const records = await deps.issues.getMany(source.id, due.map((e) => e.issueId));
  // Read because it was handed over a while ago is not a reason to fetch the file again: only the schedule is.
  const scheduled = new Set(due.filter((e) => isRecheckDueNow(e, now, health.lastSuccessAt, recheckDays)).map((e) => e.issueId));
  const later = deps.recheckLater ? outcome.laterRechecks : null;
  for (const entry of await recheckKnown(records, scheduled, recheckHorizonDays(recheckDays), get, deps, outcome, later)) recent.set(entry.issueId, entry);

  const newHealth: SourceHealth = {
    ...health,
    lastCheckedAt: startedAt,
    lastSuccessAt: startedAt,
    lastNewIssueAt: outcome.newIssues + outcome.revisedIssues > 0 ? startedAt : health.lastNewIssueAt,
    consecutiveFailures: 0,
    lastError: outcome.failures[0]?.reason ?? null,
    slowLinks,
    recentIssues: pruneRecent(recent.values(), now, recheckDays),
  };
  // With issues left for the next run, the index must be read in full again then (no 304 that would hide them).
  if (found.status === 'found' && found.validators && outcome.deferredIssues === 0) {
    newHealth.indexEtag = found.validators.etag;
    newHealth.indexLastModified = found.validators.lastModified;
  }
  const write = mustWriteHealth(health, newHealth, now, { touchedIssues: due.length > 0 || attempted > 0, deferred: outcome.deferredIssues > 0 });
  if (write) await deps.sources.putHealth(newHealth);
  return { ...outcome, status: found.status === 'not-modified' ? 'not-modified' : 'ok', healthWritten: write };
}

/** A run's outcome before it has done anything. */
const emptyOutcome = (sourceId: string): FetchOutcome => ({ sourceId, status: 'ok', discovered: 0, disallowed: 0, newIssues: 0, revisedIssues: 0, failedIssues: 0, deferredIssues: 0, reason: null, failures: [], healthWritten: false, laterRechecks: [] });

/**
 * GETs for one source: paced per host, one time budget per link (all hops, the body and every retry: a tarpit
 * costs timeoutMs once per run), three attempts; links that time out are recorded in `slowLinks`.
 */
function sourceGetter(source: Source, deps: FetchDeps, pacer: HostPacer, slowLinks: SlowLink[], options: { robots?: boolean } = {}): Get {
  const { minIntervalMs, timeoutMs, maxBytes } = source.politeness;
  // robots.txt (read once a day per host) neither waits the interval nor starts it: see HostPacer.run.
  const interval = options.robots ? 0 : minIntervalMs;
  const pacing = { startsInterval: !options.robots };
  return async (url, headers) => {
    const budget = new LinkBudget(timeoutMs);
    const attempt = () =>
      pacer.run(
        url,
        interval,
        () => budget.run(url, (remainingMs) => httpGet(url, { userAgent: deps.userAgent, timeoutMs: remainingMs, maxBytes, allowPrivate: deps.allowPrivate, headers })),
        pacing,
      );
    try {
      return await withRetries(attempt, { attempts: 3, baseDelayMs: 500, sleep: deps.sleep });
    } catch (err) {
      if (isTimedOut(err) && slowLinks.length < MAX_SLOW_LINKS) slowLinks.push({ url, reason: err.message, at: deps.now().toISOString() });
      throw err;
    }
  };
}

/**
 * A follow-up run (issue 18): the re-checks a source's last run left for later (`recheckLater`), made without
 * its index. One request to the host per run: the first issue is re-checked, the rest are left for the next
 * follow-up (outcome.laterRechecks), so this run does not sleep on the politeness interval either. The compact
 * index is read again just before the write and only these issues' entries are replaced in it, so an hourly run
 * that wrote meanwhile loses nothing.
 */
export async function recheckSource(source: Source, issueIds: readonly string[], deps: FetchDeps): Promise<FetchOutcome> {
  const pacer = deps.pacer ?? new HostPacer();
  const slowLinks: SlowLink[] = [];
  const get = sourceGetter(source, deps, pacer, slowLinks);
  const outcome = emptyOutcome(source.id);
  const [first, ...rest] = issueIds;
  if (first === undefined) return outcome;
  outcome.laterRechecks.push(...rest);
  const now = deps.now();
  const recheckDays = source.recheckDays ?? DEFAULT_RECHECK_DAYS;
  // Scheduled by the run that left it; isRecheckDue still drops one that aged out of the horizon meanwhile.
  const records = await deps.issues.getMany(source.id, [first]);
  const entries = await recheckKnown(records, new Set([first]), recheckHorizonDays(recheckDays), get, deps, outcome, null);
  const health = await deps.sources.getHealth(source.id);
  const recent = new Map((health.recentIssues ?? []).map((e) => [e.issueId, e]));
  for (const entry of entries) recent.set(entry.issueId, entry);
  const at = now.toISOString();
  await deps.sources.putHealth({
    ...health,
    lastNewIssueAt: outcome.newIssues + outcome.revisedIssues > 0 ? at : health.lastNewIssueAt,
    lastError: outcome.failures[0]?.reason ?? health.lastError,
    slowLinks: slowLinks.length > 0 ? slowLinks : health.slowLinks,
    recentIssues: pruneRecent(recent.values(), now, recheckDays),
  });
  return { ...outcome, healthWritten: true };
}

async function fetchNew(sourceId: string, issue: DiscoveredIssue, get: Get, deps: FetchDeps, outcome: FetchOutcome): Promise<RecentIssue | null> {
  const result = await fetchNewIssue(sourceId, issue, get, deps);
  if (result.kind === 'new') outcome.newIssues++;
  if (result.kind === 'failed') {
    outcome.failedIssues++;
    outcome.failures.push({ url: issue.url, reason: result.reason });
  }
  return result.kind !== 'absent' && result.record ? entryOf(result.record, deps.now().toISOString()) : null;
}

/**
 * A source's compact index built once from its stored issues (a health record written before the index
 * existed): the issues within the re-check horizon, and any not done yet.
 */
async function recentFromHistory(sourceId: string, recheckDays: number, deps: FetchDeps): Promise<RecentIssue[]> {
  const at = deps.now().toISOString();
  return pruneRecent((await deps.issues.listBySource(sourceId)).map((r) => entryOf(r, r.status === 'fetched' ? r.fetchedAt : at)), deps.now(), recheckDays);
}

/**
 * Known issues read this run: a record stuck in 'fetched' (a crash before the hand-over) is handed over again
 * (process is idempotent); records `scheduled` for a re-check are fetched again to catch files replaced in
 * place, and links that answered 403/404/410 are tried again (files linked before they were uploaded).
 * Returns each record's entry for the compact index as it stands after this run.
 */
async function recheckKnown(records: IssueRecord[], scheduled: ReadonlySet<string>, horizonDays: number, get: Get, deps: FetchDeps, outcome: FetchOutcome, later: string[] | null): Promise<RecentIssue[]> {
  const now = deps.now();
  const at = now.toISOString();
  const entries: RecentIssue[] = [];
  for (const record of records) {
    const stuck = record.status === 'fetched' && now.getTime() - Date.parse(record.fetchedAt) > STUCK_AFTER_MS;
    if (stuck) await deps.queue.send('extract', toMessage(record));
    if (stuck || record.status === 'fetched' || !scheduled.has(record.issueId) || !isRecheckDue(record, now, horizonDays)) {
      entries.push(entryOf(record, stuck || record.status !== 'fetched' ? at : record.fetchedAt));
      continue;
    }
    if (later) {
      // Its entry stays as it is; the follow-up run re-checks it and updates it.
      later.push(record.issueId);
      continue;
    }
    const result = await recheckIssue(record, get, deps);
    if (result.kind === 'revised') outcome.revisedIssues++;
    if (result.kind === 'appeared') outcome.newIssues++;
    if (result.kind === 'failed') {
      outcome.failedIssues++;
      outcome.failures.push({ url: record.url, reason: result.reason });
    }
    entries.push(entryOf(result.kind === 'unchanged' ? record : (result.record ?? record), at));
  }
  return entries;
}
