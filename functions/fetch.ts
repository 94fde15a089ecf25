import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { fetchMessageSchema } from '../shared/model/messages.ts';
import { fetchSource } from '../shared/stages/fetch-source.ts';
import { logger, metrics } from './runtime/logger.ts';
import { adapters, lazy, runtimeFromEnv, type RuntimeSource } from './runtime/runtime.ts';
import { processBatch } from './runtime/sqs-batch.ts';

const DAY_MS = 24 * 3600 * 1000;

/** fetch-queue consumer: one source per message → new issues into S3 and the process queue. */
export function createFetchHandler(runtime: RuntimeSource) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const a = adapters(rt);
    const response = await processBatch(event, fetchMessageSchema, async ({ sourceId }) => {
      const source = await a.sources.get(sourceId);
      if (!source) throw new Error(`未知信息源 unknown source ${sourceId}`);
      const outcome = await fetchSource(source, {
        ...a,
        queue: rt.queue,
        userAgent: `gazette-watch/0.1 (公报哨兵; +${rt.config.userAgentContact})`,
        allowPrivate: rt.config.mode === 'local',
        now: rt.now,
      });
      const health = await a.sources.getHealth(sourceId);
      metrics.addDimension('sourceId', sourceId);
      metrics.addMetric('FetchFailures', MetricUnit.Count, outcome.status === 'failed' ? 1 : 0);
      metrics.addMetric('NewIssues', MetricUnit.Count, outcome.newIssues);
      const since = health.lastNewIssueAt ?? health.lastSuccessAt;
      if (since) metrics.addMetric('DaysSinceNewIssue', MetricUnit.Count, Math.floor((rt.now().getTime() - Date.parse(since)) / DAY_MS));
      metrics.publishStoredMetrics();
      if (outcome.status === 'failed') logger.warn('source fetch failed', { sourceId, reason: outcome.reason });
      return outcome;
    });
    return response;
  };
}

export const handler = createFetchHandler(lazy(() => runtimeFromEnv()));
