import type { ScheduledEvent } from 'aws-lambda';
import { z } from 'zod';
import { planFetches } from '../shared/stages/plan.ts';
import { logger } from './runtime/logger.ts';
import { adapters, lazy, runtimeFromEnv, type RuntimeSource } from './runtime/runtime.ts';

/** EventBridge Scheduler input: run every hour; `all` plans every source (operators, local run). */
const planEventSchema = z.object({ windowMinutes: z.number().int().positive().max(1440).default(60), all: z.boolean().default(false) });

/** Scheduled: enqueues one fetch message per due source. */
export function createPlanHandler(runtime: RuntimeSource) {
  return async (event: Partial<ScheduledEvent> | Record<string, unknown> = {}): Promise<{ planned: string[] }> => {
    const rt = await runtime();
    const input = planEventSchema.parse(event && 'detail-type' in event ? {} : event);
    const due = await planFetches({ sources: adapters(rt).sources, queue: rt.queue, now: rt.now }, input);
    logger.info('planned fetches', { count: due.length });
    return { planned: due.map((s) => s.id) };
  };
}

export const handler = createPlanHandler(lazy(() => runtimeFromEnv()));
