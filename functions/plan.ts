import type { ScheduledEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import * as z from 'zod';
import { healthByProvince, readSourceHealths, sourceStatuses } from '../shared/registry/province-health.ts';
import { planFetches } from '../shared/stages/plan.ts';
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

/** One province's sources in the plan's report: counts, and which went quiet or broke. */
export interface ProvinceSummary {
  province: string;
  total: number;
  ok: number;
  quiet: string[];
  broken: string[];
}

/** Scheduled: enqueues one fetch message per due source, then reports the quiet sources. */
export function createPlanHandler(runtime: RuntimeSource<PlanRuntime>, options: { quietDays?: number } = {}) {
  const quietDays = options.quietDays ?? quietDaysSchema.parse(process.env.QUIET_SOURCE_DAYS || undefined);
  return async (event: Partial<ScheduledEvent> | Record<string, unknown> = {}): Promise<{ planned: string[]; quiet: string[]; byProvince: ProvinceSummary[] }> => {
    const rt = await runtime();
    const input = planEventSchema.parse(event && 'detail-type' in event ? {} : event);
    const sources = new DynamoSourceRepository(rt.db, rt.config.tables.sources);
    const due = await planFetches({ sources, queue: rt.queue, now: rt.now }, input);
    logger.info('planned fetches', { count: due.length });
    // Every run reports the count, so the QuietSources alarm sees a value each hour (0 when all is well).
    const { sources: all, healths } = await readSourceHealths(sources);
    const statuses = sourceStatuses(all, healths, rt.now(), quietDays);
    const quiet = statuses.filter((st) => st.state === 'quiet');
    metrics.addMetric('QuietSources', MetricUnit.Count, quiet.length);
    metrics.publishStoredMetrics();
    // Per province, which went quiet and which broke (one log line per province with a problem; no per-province metrics: cost).
    const byProvince = healthByProvince(statuses).map(
      (g): ProvinceSummary => ({ province: g.province, total: g.total, ok: g.ok, quiet: g.quiet.map((st) => st.source.id), broken: g.broken.map((st) => st.source.id) }),
    );
    for (const p of byProvince.filter((p) => p.quiet.length + p.broken.length > 0)) {
      logger.warn('sources needing attention', { quietDays, province: p.province, total: p.total, quietCount: p.quiet.length, brokenCount: p.broken.length, quiet: p.quiet, broken: p.broken });
    }
    if (quiet.length > 0) logger.warn('quiet sources', { quietDays, sources: quiet.map((st) => ({ sourceId: st.source.id, lastNewIssueAt: st.health.lastNewIssueAt, quietDays: st.quietDays })) });
    return { planned: due.map((s) => s.id), quiet: quiet.map((st) => st.source.id).sort(), byProvince };
  };
}

export const handler = createPlanHandler(
  lazy(async (): Promise<PlanRuntime> => {
    const core = await runtimeCoreFromEnv();
    return { ...core, db: dynamoDocumentClient(), queue: sqsQueue(core.config) };
  }),
);
