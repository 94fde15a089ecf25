/**
 * The follow-up of a fetch message (issue 18): the re-checks its sources' runs left for later
 * (FetchDeps.recheckLater), as one fetch message for the same sources — still on distinct hosts — delayed by
 * their politeness interval, so the request that would have waited after the index is made by another
 * invocation instead of a billed sleep. SQS delays a message by 0–900 s.
 */
import type { FetchMessage } from '../model/messages.ts';
import type { Source } from '../model/source.ts';
import type { FetchOutcome } from './fetch-source.ts';

const MAX_DELAY_SECONDS = 900;

export function followUpOf(sources: readonly Source[], outcomes: readonly FetchOutcome[], now: Date): { message: FetchMessage; delaySeconds: number } | null {
  const rechecks: Record<string, string[]> = {};
  let intervalMs = 0;
  for (const outcome of outcomes) {
    if (outcome.laterRechecks.length === 0) continue;
    rechecks[outcome.sourceId] = [...outcome.laterRechecks];
    intervalMs = Math.max(intervalMs, sources.find((s) => s.id === outcome.sourceId)?.politeness.minIntervalMs ?? 0);
  }
  const sourceIds = Object.keys(rechecks);
  if (sourceIds.length === 0) return null;
  return {
    message: { sourceIds, requestedAt: now.toISOString(), rechecks },
    delaySeconds: Math.min(MAX_DELAY_SECONDS, Math.max(1, Math.ceil(intervalMs / 1000))),
  };
}
