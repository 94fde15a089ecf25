import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import { findQuietSources, planFetches, quietSources } from '../../../shared/stages/plan.ts';
import { emptyHealth, type SourceHealth, type SourceRepository } from '../../../shared/store/ports.ts';

const now = new Date('2026-11-22T02:00:00Z');

const health = (sourceId: string, over: Partial<SourceHealth> = {}): SourceHealth => ({ ...emptyHealth(sourceId), ...over });

const source = (id: string, schedule = '0 * * * *'): Source =>
  sourceSchema.parse({
    id,
    name: id,
    jurisdiction: { province: '山西省', divisionCode: '140000' },
    kind: 'gazette',
    discovery: { method: 'html-index', indexUrl: `https://${id}.example.cn/`, linkPattern: '\\.pdf$' },
    schedule,
  });

function fakeSources(entries: { source: Source; health: SourceHealth }[]): SourceRepository & { healthReads: number; maxInFlight: number } {
  let inFlight = 0;
  const repo = {
    healthReads: 0,
    maxInFlight: 0,
    list: async () => entries.map((e) => e.source),
    get: async (id: string) => entries.find((e) => e.source.id === id)?.source ?? null,
    put: async () => {},
    remove: async () => {},
    getHealth: async (id: string) => {
      repo.healthReads++;
      inFlight++;
      repo.maxInFlight = Math.max(repo.maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return entries.find((e) => e.source.id === id)?.health ?? health(id);
    },
    putHealth: async () => {},
  };
  return repo;
}

describe('quietSources', () => {
  const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600 * 1000).toISOString();

  it('counts a source whose last new issue is at least N days old', () => {
    const quiet = quietSources([health('old', { lastNewIssueAt: daysAgo(15), lastSuccessAt: daysAgo(0) })], now, 14);
    expect(quiet).toEqual([{ sourceId: 'old', lastNewIssueAt: daysAgo(15), quietDays: 15 }]);
  });

  it('treats exactly N days as quiet and N-1 days as not', () => {
    expect(quietSources([health('a', { lastNewIssueAt: daysAgo(14) })], now, 14)).toHaveLength(1);
    expect(quietSources([health('a', { lastNewIssueAt: daysAgo(13.9) })], now, 14)).toHaveLength(0);
  });

  it('counts a source fetched successfully that never yielded an issue', () => {
    expect(quietSources([health('empty', { lastSuccessAt: daysAgo(1) })], now, 14)).toEqual([
      { sourceId: 'empty', lastNewIssueAt: null, quietDays: null },
    ]);
  });

  it('does not count a source never fetched successfully (that is a fetch failure)', () => {
    expect(quietSources([health('new'), health('failing', { consecutiveFailures: 5, lastError: 'timeout' })], now, 14)).toEqual([]);
  });

  it('sorts the result by source id', () => {
    const ids = quietSources([health('b', { lastNewIssueAt: daysAgo(30) }), health('a', { lastNewIssueAt: daysAgo(20) })], now, 14).map(
      (q) => q.sourceId,
    );
    expect(ids).toEqual(['a', 'b']);
  });
});

describe('findQuietSources', () => {
  it('reads the health of every source with bounded concurrency', async () => {
    const entries = Array.from({ length: 40 }, (_, i) => {
      const id = `s-${String(i).padStart(2, '0')}`;
      const lastNewIssueAt = i % 4 === 0 ? '2026-10-01T00:00:00Z' : '2026-11-21T00:00:00Z';
      return { source: source(id), health: health(id, { lastNewIssueAt, lastSuccessAt: '2026-11-22T01:00:00Z' }) };
    });
    const repo = fakeSources(entries);
    const quiet = await findQuietSources({ sources: repo, now: () => now }, 14, { concurrency: 5 });
    expect(quiet.map((q) => q.sourceId)).toEqual(entries.filter((_, i) => i % 4 === 0).map((e) => e.source.id));
    expect(repo.healthReads).toBe(40);
    expect(repo.maxInFlight).toBeLessThanOrEqual(5);
  });

  it('returns nothing for an empty source list', async () => {
    expect(await findQuietSources({ sources: fakeSources([]), now: () => now }, 14)).toEqual([]);
  });
});

describe('planFetches', () => {
  it('enqueues one fetch per due source with the plan time', async () => {
    const sent: unknown[] = [];
    const repo = fakeSources([
      { source: source('hourly', '0 * * * *'), health: health('hourly') },
      { source: source('morning', '30 9 * * *'), health: health('morning') },
    ]);
    // 02:00 UTC = 10:00 Shanghai: the hourly source fired at 10:00, the 09:30 one fired 30 minutes ago.
    const due = await planFetches({ sources: repo, queue: { send: async (_q, m) => void sent.push(m) }, now: () => now }, { windowMinutes: 20 });
    expect(due.map((s) => s.id)).toEqual(['hourly']);
    expect(sent).toEqual([{ sourceIds: ['hourly'], requestedAt: now.toISOString() }]);
  });
});
