import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { startSimulatedSources, type SimulatedSources } from '../../../infra/local/sample-site/simulated-sources.ts';
import { HEALTH_HEARTBEAT_MS } from '../../../shared/ingest/health-heartbeat.ts';
import { isRecheckScheduled } from '../../../shared/ingest/recheck-schedule.ts';
import { fetchSource, recheckSource, type FetchDeps } from '../../../shared/stages/fetch-source.ts';

const HOUR = 3600 * 1000;
const WEEK_HOURS = 8 * 24;
/** The hour the site publishes the source's second issue. */
const SECOND_ISSUE_AT = 50;
const t0 = Date.parse('2026-11-02T01:00:00.000Z');
const at = (hours: number) => new Date(t0 + hours * HOUR);

/**
 * The re-check hours of an issue first seen at `firstHour` if every hourly run wrote the source's health
 * (the previous successful run is always the hour before): the schedule the skipped writes must keep.
 */
const expectedRechecks = (firstHour: number) =>
  Array.from({ length: WEEK_HOURS }, (_, h) => h + 1).filter((h) => h > firstHour && isRecheckScheduled(at(firstHour).toISOString(), at(h), at(h - 1).toISOString(), 14));

/** A fresh backend and a one-source site for a test's simulated week (each test its own: they compare schedules). */
function simulatedWeek(prefix: string) {
  let backend: LocalBackend | undefined;
  let site: SimulatedSources | undefined;
  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), prefix)), now: at(0) });
    site = await startSimulatedSources({ sources: 1, hosts: 1, issuesOf: () => 1, issueBytes: 4096, minIntervalMs: 0 });
  });
  afterAll(async () => {
    await site?.close();
    await backend?.close();
  });
  let now = at(0);
  return {
    now: () => now,
    /** The week's backend, site, adapters, source and fetch deps on the week's clock. */
    open(extra: Partial<FetchDeps> = {}) {
      const a = adapters(backend!.runtime);
      const deps: FetchDeps = { ...a, queue: backend!.queue, userAgent: 'gazette-watch/test', allowPrivate: true, now: () => now, sleep: async () => undefined, ...extra };
      return { backend: backend!, site: site!, a, source: site!.sources[0]!, deps };
    },
    /** Moves to hour `h` (the site publishes the second issue at SECOND_ISSUE_AT); the issues' request counts before it. */
    hour(h: number): number[] {
      now = at(h);
      backend!.setNow(now);
      if (h === SECOND_ISSUE_AT) site!.publish(0);
      return [pdf(1), pdf(2)].map((p) => site!.requestsFor(p));
    },
  };
}

/** The path of the source's i-th issue on the simulated site. */
const pdf = (i: number) => `/s0/2024/gb-${i}.pdf`;

describe('hourly fetch of an unchanged source over eight days', () => {
  const week = simulatedWeek('gw-heartbeat-');

  it('writes its health on changes and every 6 h, and re-checks each issue exactly when an always-writing run would', async () => {
    const { site, a, source, deps } = week.open();
    const rechecks: Record<number, number[]> = { 1: [], 2: [] };
    const writes: number[] = [];
    let lastWrite = 0;
    for (let h = 0; h <= WEEK_HOURS; h++) {
      const before = week.hour(h);
      const outcome = await fetchSource(source, deps);
      expect(outcome.status).not.toBe('failed');
      [1, 2].forEach((i, k) => {
        const fetched = site.requestsFor(pdf(i)) - before[k]!;
        expect(fetched).toBeLessThanOrEqual(1);
        if (fetched === 1 && outcome.newIssues === 0) rechecks[i]!.push(h);
      });
      if (outcome.healthWritten) {
        writes.push(h);
        lastWrite = h;
      }
      // Whatever was skipped, the stored check is never older than the heartbeat.
      const health = await a.sources.getHealth(source.id);
      expect(Date.parse(health.lastCheckedAt ?? '')).toBe(at(lastWrite).getTime());
      expect(week.now().getTime() - Date.parse(health.lastCheckedAt ?? '')).toBeLessThan(HEALTH_HEARTBEAT_MS);
      // process finishes what fetch handed over within the hour
      for (const r of await a.issues.listBySource(source.id)) {
        if (r.status === 'fetched') await a.issues.update({ ...r, status: 'processed', processedAt: week.now().toISOString(), documentCount: 1 });
      }
    }
    expect(rechecks[1]).toEqual(expectedRechecks(0));
    expect(rechecks[2]).toEqual(expectedRechecks(SECOND_ISSUE_AT));
    expect(rechecks[1]).toEqual([24, 48, 72, 96, 120, 144, 168, 192]);
    // Every re-check and new issue wrote; so did the first look at each handed-over issue two hours on.
    for (const h of [0, 2, SECOND_ISSUE_AT, SECOND_ISSUE_AT + 2, ...rechecks[1]!, ...rechecks[2]!]) expect(writes).toContain(h);
    // No two writes further apart than the heartbeat; about 4 a day plus the changes, not 24.
    for (let i = 1; i < writes.length; i++) expect(writes[i]! - writes[i - 1]!).toBeLessThanOrEqual(HEALTH_HEARTBEAT_MS / HOUR);
    expect(writes.length).toBeLessThan(WEEK_HOURS / 4);
    expect(writes.length).toBeGreaterThanOrEqual(WEEK_HOURS / 6);
  });
});

describe('hourly fetch over eight days with re-checks left to follow-ups (the fetch function\'s mode)', () => {
  const week = simulatedWeek('gw-follow-up-');

  it('re-checks each issue in the follow-up of exactly the hour an inline run would, never after the index', async () => {
    const { site, a, source, deps } = week.open({ recheckLater: true });
    const rechecks: Record<number, number[]> = { 1: [], 2: [] };
    for (let h = 0; h <= WEEK_HOURS; h++) {
      const before = week.hour(h);
      const outcome = await fetchSource(source, deps);
      expect(outcome.status).not.toBe('failed');
      // The hourly run asks the index (and downloads what is new), nothing else of this host.
      if (outcome.newIssues === 0) [1, 2].forEach((i, k) => expect(site.requestsFor(pdf(i)) - before[k]!).toBe(0));
      // The follow-up, one request each, until nothing is left.
      for (let later = outcome.laterRechecks; later.length > 0; ) {
        const counts = [pdf(1), pdf(2)].map((p) => site.requestsFor(p));
        const followUp = await recheckSource(source, later, deps);
        const made = [1, 2].filter((i, k) => site.requestsFor(pdf(i)) - counts[k]! === 1);
        expect(made).toHaveLength(1);
        rechecks[made[0]!]!.push(h);
        expect(followUp.laterRechecks).toEqual(later.slice(1));
        later = followUp.laterRechecks;
      }
      for (const r of await a.issues.listBySource(source.id)) {
        if (r.status === 'fetched') await a.issues.update({ ...r, status: 'processed', processedAt: week.now().toISOString(), documentCount: 1 });
      }
    }
    expect(rechecks[1]).toEqual(expectedRechecks(0));
    expect(rechecks[2]).toEqual(expectedRechecks(SECOND_ISSUE_AT));
    // The follow-up updated the entries it re-checked in the compact index, beside what the hourly runs wrote.
    const health = await a.sources.getHealth(source.id);
    expect(health.recentIssues?.map((e) => e.state)).toEqual(['settled', 'settled']);
  });
});
