import type { Source } from '../model/source.ts';
import type { QueuePort, SourceHealth, SourceRepository } from '../store/ports.ts';
import { firesWithin, parseCron } from './cron.ts';
import { planFetchMessages } from './fetch-batches.ts';

export interface PlanDeps {
  sources: SourceRepository;
  queue: QueuePort;
  now: () => Date;
}

/** The sources whose schedule fired since the previous plan run (the plan runs every `windowMinutes`). */
export function dueSources(sources: Source[], now: Date, windowMinutes: number): Source[] {
  return sources.filter((s) => firesWithin(parseCron(s.schedule), now, windowMinutes));
}

/** Enqueues the due sources (all when `all` is set) in fetch messages of distinct hosts (./fetch-batches.ts). */
export async function planFetches(deps: PlanDeps, options: { windowMinutes: number; all?: boolean }): Promise<Source[]> {
  const now = deps.now();
  const sources = await deps.sources.list();
  const due = options.all ? sources : dueSources(sources, now, options.windowMinutes);
  for (const { message, delaySeconds } of planFetchMessages(due, now.toISOString())) {
    await deps.queue.send('fetch', message, delaySeconds > 0 ? { delaySeconds } : undefined);
  }
  return due;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A source that published nothing new for a while (the QuietSources metric and alarm). */
export interface QuietSource {
  sourceId: string;
  lastNewIssueAt: string | null;
  /** Whole days since the last new issue; null when no issue was ever found. */
  quietDays: number | null;
}

/**
 * The quiet sources among `healths`: the last new issue is at least `quietDays` old, or the source was
 * fetched successfully but never yielded an issue (its link pattern likely matches nothing). A source
 * never fetched successfully is not quiet — that is a fetch failure, alarmed on its own.
 */
export function quietSources(healths: SourceHealth[], now: Date, quietDays: number): QuietSource[] {
  const quiet: QuietSource[] = [];
  for (const h of healths) {
    if (h.lastNewIssueAt === null) {
      if (h.lastSuccessAt !== null) quiet.push({ sourceId: h.sourceId, lastNewIssueAt: null, quietDays: null });
      continue;
    }
    const days = Math.floor((now.getTime() - Date.parse(h.lastNewIssueAt)) / DAY_MS);
    if (days >= quietDays) quiet.push({ sourceId: h.sourceId, lastNewIssueAt: h.lastNewIssueAt, quietDays: days });
  }
  return quiet.sort((a, b) => a.sourceId.localeCompare(b.sourceId));
}

/** Reads every source's health (a few reads at a time) and returns the quiet ones. */
export async function findQuietSources(
  deps: { sources: SourceRepository; now: () => Date },
  quietDays: number,
  options: { concurrency?: number } = {},
): Promise<QuietSource[]> {
  const sources = await deps.sources.list();
  const healths: SourceHealth[] = new Array(sources.length);
  const concurrency = Math.max(1, options.concurrency ?? 16);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      healths[i] = await deps.sources.getHealth(sources[i]!.id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, sources.length) }, worker));
  return quietSources(healths, deps.now(), quietDays);
}
