import { describe, expect, it } from 'vitest';
import { HEALTH_HEARTBEAT_MS, mustWriteHealth, type RunFacts } from '../../../shared/ingest/health-heartbeat.ts';
import { emptyHealth, type SourceHealth } from '../../../shared/store/ports.ts';

const HOUR = 3600 * 1000;
const t0 = Date.parse('2026-11-02T01:00:00.000Z');
const iso = (hours: number) => new Date(t0 + hours * HOUR).toISOString();
const quiet: RunFacts = { touchedIssues: false, deferred: false };

/** A working source's health as the run at `hours` wrote it. */
const stored = (hours: number, extra: Partial<SourceHealth> = {}): SourceHealth => ({
  ...emptyHealth('s1'),
  lastCheckedAt: iso(hours),
  lastSuccessAt: iso(hours),
  lastNewIssueAt: iso(0),
  indexEtag: '"abc"',
  slowLinks: [],
  recentIssues: [{ issueId: 'i1', firstSeenAt: iso(0), state: 'settled', at: iso(2) }],
  ...extra,
});
/** What a run at `hours` computes when nothing changed: the same record with new check times. */
const rerun = (previous: SourceHealth, hours: number, extra: Partial<SourceHealth> = {}): SourceHealth => ({ ...previous, lastCheckedAt: iso(hours), lastSuccessAt: iso(hours), ...extra });

describe('health write of a successful fetch run', () => {
  it('skips an unchanged source until the stored check is a heartbeat old, then writes', () => {
    const previous = stored(0);
    expect(mustWriteHealth(previous, rerun(previous, 1), new Date(t0 + HOUR), quiet)).toBe(false);
    expect(mustWriteHealth(previous, rerun(previous, 5), new Date(t0 + 5 * HOUR), quiet)).toBe(false);
    expect(mustWriteHealth(previous, rerun(previous, 6), new Date(t0 + HEALTH_HEARTBEAT_MS), quiet)).toBe(true);
    expect(HEALTH_HEARTBEAT_MS).toBe(6 * HOUR);
  });

  it('writes when anything but the check times changed', () => {
    const previous = stored(0);
    const now = new Date(t0 + HOUR);
    expect(mustWriteHealth(previous, rerun(previous, 1, { indexEtag: '"def"' }), now, quiet)).toBe(true);
    expect(mustWriteHealth(previous, rerun(previous, 1, { indexLastModified: 'Mon, 02 Nov 2026 00:00:00 GMT' }), now, quiet)).toBe(true);
    expect(mustWriteHealth(previous, rerun(previous, 1, { lastNewIssueAt: iso(1) }), now, quiet)).toBe(true);
    expect(mustWriteHealth(previous, rerun(previous, 1, { slowLinks: [{ url: 'http://x/a.pdf', reason: '超时', at: iso(1) }] }), now, quiet)).toBe(true);
    expect(mustWriteHealth(previous, rerun(previous, 1, { recentIssues: [{ issueId: 'i1', firstSeenAt: iso(0), state: 'settled', at: iso(1) }] }), now, quiet)).toBe(true);
    expect(mustWriteHealth(previous, rerun(previous, 1, { recentIssues: [] }), now, quiet)).toBe(true);
    // A record written before the compact index or the slow links existed gets them once.
    const old = stored(0, { slowLinks: undefined, recentIssues: undefined });
    expect(mustWriteHealth(old, rerun(old, 1, { slowLinks: [], recentIssues: [] }), now, quiet)).toBe(true);
  });

  it('writes after touching issue records or deferring new ones, even with an identical record', () => {
    const previous = stored(0);
    const now = new Date(t0 + HOUR);
    expect(mustWriteHealth(previous, rerun(previous, 1), now, { touchedIssues: true, deferred: false })).toBe(true);
    expect(mustWriteHealth(previous, rerun(previous, 1), now, { touchedIssues: false, deferred: true })).toBe(true);
  });

  it('writes around failures: the first success after one, and any issue failure now', () => {
    const failing = stored(0, { consecutiveFailures: 2, lastError: 'HTTP 503', lastCheckedAt: iso(0), lastSuccessAt: iso(-3) });
    expect(mustWriteHealth(failing, rerun(failing, 1, { consecutiveFailures: 0, lastError: null }), new Date(t0 + HOUR), quiet)).toBe(true);
    const errorOnly = stored(0, { lastError: '复查 recheck: 超时' });
    expect(mustWriteHealth(errorOnly, rerun(errorOnly, 1), new Date(t0 + HOUR), quiet)).toBe(true);
    const previous = stored(0);
    expect(mustWriteHealth(previous, rerun(previous, 1, { lastError: 'HTTP 404: http://x/b.pdf' }), new Date(t0 + HOUR), quiet)).toBe(true);
  });

  it('writes when the stored check is missing, unreadable or in the future (a clock moved back)', () => {
    const never = emptyHealth('s1');
    expect(mustWriteHealth(never, { ...never, lastCheckedAt: iso(0), lastSuccessAt: iso(0) }, new Date(t0), quiet)).toBe(true);
    const bad = stored(0, { lastCheckedAt: 'not a date' });
    expect(mustWriteHealth(bad, rerun(bad, 1), new Date(t0 + HOUR), quiet)).toBe(true);
    const ahead = stored(3);
    expect(mustWriteHealth(ahead, rerun(ahead, 1), new Date(t0 + HOUR), quiet)).toBe(true);
  });
});
