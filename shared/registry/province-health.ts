import type { Source } from '../model/source.ts';
import { quietSources } from '../stages/plan.ts';
import type { SourceHealth, SourceRepository } from '../store/ports.ts';

/** A source's state for operators: fetched fine, failing now, fine but quiet, or never fetched. */
export type SourceState = 'ok' | 'broken' | 'quiet' | 'unchecked';

export interface SourceStatus {
  source: Source;
  health: SourceHealth;
  state: SourceState;
  /** Days since the last new issue when quiet (null: never had one). */
  quietDays: number | null;
}

export interface ProvinceHealth {
  province: string;
  total: number;
  ok: number;
  /** Failing now (consecutive failures), most failures first. */
  broken: SourceStatus[];
  /** Fetched fine but nothing new for `quietDays` days, or never an issue at all. */
  quiet: SourceStatus[];
  unchecked: SourceStatus[];
  statuses: SourceStatus[];
}

/** Each source's state: a failure outranks quietness (a broken source is also quiet, but the fix differs). */
export function sourceStatuses(sources: readonly Source[], healths: ReadonlyMap<string, SourceHealth>, now: Date, quietDays: number): SourceStatus[] {
  const hs = sources.map((s) => healths.get(s.id) ?? { sourceId: s.id, lastCheckedAt: null, lastSuccessAt: null, lastNewIssueAt: null, consecutiveFailures: 0, lastError: null, indexEtag: null, indexLastModified: null });
  const quiet = new Map(quietSources(hs, now, quietDays).map((q) => [q.sourceId, q.quietDays]));
  return sources.map((source, i) => {
    const health = hs[i]!;
    const state: SourceState = health.consecutiveFailures > 0 ? 'broken' : quiet.has(source.id) ? 'quiet' : health.lastSuccessAt === null ? 'unchecked' : 'ok';
    return { source, health, state, quietDays: quiet.get(source.id) ?? null };
  });
}

/** The statuses grouped by province (provinces in code order), with counts. */
export function healthByProvince(statuses: readonly SourceStatus[]): ProvinceHealth[] {
  const groups = new Map<string, SourceStatus[]>();
  const sorted = [...statuses].sort((a, b) => a.source.jurisdiction.divisionCode.localeCompare(b.source.jurisdiction.divisionCode) || a.source.id.localeCompare(b.source.id));
  for (const s of sorted) {
    const p = s.source.jurisdiction.province;
    groups.set(p, [...(groups.get(p) ?? []), s]);
  }
  return [...groups].map(([province, list]) => ({
    province,
    total: list.length,
    ok: list.filter((s) => s.state === 'ok').length,
    broken: list.filter((s) => s.state === 'broken').sort((a, b) => b.health.consecutiveFailures - a.health.consecutiveFailures),
    quiet: list.filter((s) => s.state === 'quiet'),
    unchecked: list.filter((s) => s.state === 'unchecked'),
    statuses: list,
  }));
}

/** Every source with its health (a few reads at a time). */
export async function readSourceHealths(repo: SourceRepository, concurrency = 16): Promise<{ sources: Source[]; healths: Map<string, SourceHealth> }> {
  const sources = await repo.list();
  const healths = new Map<string, SourceHealth>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length) {
      const s = sources[next++]!;
      healths.set(s.id, await repo.getHealth(s.id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), sources.length) }, worker));
  return { sources, healths };
}
