import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { fetchMessageSchema } from '../shared/model/messages.ts';
import { HostPacer } from '../shared/ingest/host-pacer.ts';
import { RobotsCache } from '../shared/ingest/robots-cache.ts';
import { fetchSource } from '../shared/stages/fetch-source.ts';
import { DynamoIssueRepository } from '../shared/store/dynamo/issue-repository.ts';
import { DynamoSourceRepository } from '../shared/store/dynamo/source-repository.ts';
import { S3BlobStore } from '../shared/store/s3-blob-store.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { s3ClientFromEnv } from './runtime/clients/s3.ts';
import { sqsQueue } from './runtime/clients/sqs.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';
import { logger, metrics } from './runtime/logger.ts';
import { processBatch } from './runtime/sqs-batch.ts';

export type FetchRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'queue' | 'now'>;

/**
 * fetch-queue consumer: one source per message → new issues into S3 and the process queue.
 * Sources on the same host share one pacer (concurrency 1, minimum interval) for as long as the container
 * lives, and robots.txt is read once per host and batch. Across concurrent invocations the per-host bound
 * is the fetch function's reserved concurrency.
 */
export function createFetchHandler(runtime: RuntimeSource<FetchRuntime>) {
  const pacer = new HostPacer();
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const a = {
      sources: new DynamoSourceRepository(rt.db, rt.config.tables.sources),
      issues: new DynamoIssueRepository(rt.db, rt.config.tables.issues),
      blobs: new S3BlobStore(rt.s3, rt.config.bucket),
    };
    const robots = new RobotsCache();
    // Totals per batch, without a per-source dimension: one CloudWatch metric per source would cost more
    // than the rest of the stack at 3,000 sources. Per-source detail lives in the health records and logs.
    let failures = 0;
    let newIssues = 0;
    const response = await processBatch(event, fetchMessageSchema, async ({ sourceId }) => {
      const source = await a.sources.get(sourceId);
      if (!source) throw new Error(`未知信息源 unknown source ${sourceId}`);
      const outcome = await fetchSource(source, {
        ...a,
        queue: rt.queue,
        userAgent: `gazette-watch/0.1 (Gongbao Shaobing; +${rt.config.userAgentContact})`,
        allowPrivate: rt.config.mode === 'local',
        now: rt.now,
        pacer,
        robots,
      });
      if (outcome.status === 'failed') failures++;
      newIssues += outcome.newIssues;
      if (outcome.status === 'failed') logger.warn('source fetch failed', { sourceId, reason: outcome.reason });
      if (outcome.failures.length > 0) logger.warn('issue fetches failed', { sourceId, failures: outcome.failures });
      return outcome;
    });
    metrics.addMetric('FetchFailures', MetricUnit.Count, failures);
    metrics.addMetric('NewIssues', MetricUnit.Count, newIssues);
    metrics.publishStoredMetrics();
    return response;
  };
}

export const handler = createFetchHandler(
  lazy(async (): Promise<FetchRuntime> => {
    const core = await runtimeCoreFromEnv();
    return { ...core, db: dynamoDocumentClient(), s3: s3ClientFromEnv(), queue: sqsQueue(core.config) };
  }),
);
