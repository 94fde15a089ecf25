import type { FetchMessage } from '../model/messages.ts';
import type { Source } from '../model/source.ts';
import type { QueuePort, SourceRepository } from '../store/ports.ts';
import { firesWithin, parseCron } from './cron.ts';

export interface PlanDeps {
  sources: SourceRepository;
  queue: QueuePort;
  now: () => Date;
}

/** The sources whose schedule fired since the previous plan run (the plan runs every `windowMinutes`). */
export function dueSources(sources: Source[], now: Date, windowMinutes: number): Source[] {
  return sources.filter((s) => firesWithin(parseCron(s.schedule), now, windowMinutes));
}

/** Enqueues one fetch message per due source (all sources when `all` is set). */
export async function planFetches(deps: PlanDeps, options: { windowMinutes: number; all?: boolean }): Promise<Source[]> {
  const now = deps.now();
  const sources = await deps.sources.list();
  const due = options.all ? sources : dueSources(sources, now, options.windowMinutes);
  for (const source of due) {
    const message: FetchMessage = { sourceId: source.id, requestedAt: now.toISOString() };
    await deps.queue.send('fetch', message);
  }
  return due;
}
