import type { ScheduledEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import * as z from 'zod';
import { findQuietSources, planFetches } from '../shared/stages/plan.ts';
import { DynamoSourceRepository } from '../shared/store/dynamo/source-repository.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { sqsQueue } from './runtime/clients/sqs.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';
import { logger, metrics } from './runtime/logger.ts';

export type PlanRuntime = Pick<Runtime, 'config' | 'db' | 'queue' | 'now'>;

/** EventBridge Scheduler input: run every hour; `all` plans every source (operators, local run). */
const planEventSchema = z.object({ windowMinutes: z.number().int().positive().max(1440).default(60), all: z.boolean().default(false) });

/** Days without a new issue before a source counts as quiet (set by the stack from its quietDays parameter). */
const quietDaysSchema = z.coerce.number().int().positive().default(14);

/** Scheduled: enqueues one fetch message per due source, then reports the quiet sources. */
export function createPlanHandler(runtime: RuntimeSource<PlanRuntime>, options: { quietDays?: number } = {}) {
  const quietDays = options.quietDays ?? quietDaysSchema.parse(process.env.QUIET_SOURCE_DAYS || undefined);
  return async (event: Partial<ScheduledEvent> | Record<string, unknown> = {}): Promise<{ planned: string[]; quiet: string[] }> => {
    const rt = await runtime();
    const input = planEventSchema.parse(event && 'detail-type' in event ? {} : event);
    const sources = new DynamoSourceRepository(rt.db, rt.config.tables.sources);
    const due = await planFetches({ sources, queue: rt.queue, now: rt.now }, input);
    logger.info('planned fetches', { count: due.length });
    // Every run reports the count, so the QuietSources alarm sees a value each hour (0 when all is well).
    const quiet = await findQuietSources({ sources, now: rt.now }, quietDays);
    metrics.addMetric('QuietSources', MetricUnit.Count, quiet.length);
    metrics.addMetric('PlannedFetches', MetricUnit.Count, due.length);
    metrics.publishStoredMetrics();
    if (quiet.length > 0) logger.warn('quiet sources', { quietDays, sources: quiet });
    return { planned: due.map((s) => s.id), quiet: quiet.map((q) => q.sourceId) };
  };
}

export const handler = createPlanHandler(
  lazy(async (): Promise<PlanRuntime> => {
    const core = await runtimeCoreFromEnv();
    return { ...core, db: dynamoDocumentClient(), queue: sqsQueue(core.config) };
  }),
);
