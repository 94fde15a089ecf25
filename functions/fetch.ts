import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { fetchMessageSchema } from '../shared/model/messages.ts';
import { HostPacer } from '../shared/ingest/host-pacer.ts';
import { RobotsCache } from '../shared/ingest/robots-cache.ts';
import { followUpOf } from '../shared/stages/fetch-follow-up.ts';
import { fetchSource, recheckSource, type FetchOutcome } from '../shared/stages/fetch-source.ts';
import type { Source } from '../shared/model/source.ts';
import type { QueuePort } from '../shared/store/ports.ts';
import { DynamoIssueRepository } from '../shared/store/dynamo/issue-repository.ts';
import { DynamoRobotsStore } from '../shared/store/dynamo/robots-store.ts';
import { DynamoSourceRepository } from '../shared/store/dynamo/source-repository.ts';
import { S3BlobStore } from '../shared/store/s3-blob-store.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { s3ClientFromEnv } from './runtime/clients/s3.ts';
import { sqsQueue } from './runtime/clients/sqs.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';
import { logger, metrics, sampleThisInvocation } from './runtime/logger.ts';
import { processBatch } from './runtime/sqs-batch.ts';

export type FetchRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'queue' | 'now'>;

/**
 * fetch-queue consumer: each message names several sources on distinct hosts (plan packs them so), read in
 * one batched DynamoDB request and fetched concurrently, so their politeness waits overlap instead of being
 * billed one after another. Sources on the same host still share one pacer (concurrency 1, minimum interval)
 * for as long as the container lives; robots.txt is kept per host for a day in the sources table.
 */
export function createFetchHandler(runtime: RuntimeSource<FetchRuntime>) {
  const pacer = new HostPacer();
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    sampleThisInvocation();
    const rt = await runtime();
    const sources = new DynamoSourceRepository(rt.db, rt.config.tables.sources);
    const deps = {
      sources,
      issues: new DynamoIssueRepository(rt.db, rt.config.tables.issues),
      blobs: new S3BlobStore(rt.s3, rt.config.bucket),
      queue: rt.queue,
      userAgent: `gazette-watch/0.1 (Gongbao Shaobing; +${rt.config.userAgentContact})`,
      allowPrivate: rt.config.mode === 'local',
      now: rt.now,
      pacer,
      robots: new RobotsCache('gazette-watch', { store: new DynamoRobotsStore(rt.db, rt.config.tables.sources), now: rt.now }),
      recheckLater: true,
    };
    // Totals per batch, without a per-source dimension: one CloudWatch metric per source would cost more
    // than the rest of the stack at 3,000 sources. Per-source detail lives in the health records and logs.
    let failures = 0;
    let newIssues = 0;
    const response = await processBatch(event, fetchMessageSchema, async (message) => {
      const { sourceIds } = message;
      const rechecks = 'rechecks' in message ? message.rechecks : undefined;
      const found = await sources.getWithHealth(sourceIds);
      const missing = sourceIds.filter((id) => !found.some((f) => f.source.id === id));
      // A source removed after plan ran: nothing to fetch, and nothing to retry.
      if (missing.length > 0) logger.warn('unknown sources in fetch message', { sourceIds: missing });
      // Every source runs to its end even when one throws (a store error): then the message is retried whole,
      // which is safe (fetch is idempotent) and cheap (the others answer 304 the second time).
      const settled = await Promise.allSettled(
        found.map(({ source, health }) => (rechecks ? recheckSource(source, rechecks[source.id] ?? [], deps) : fetchSource(source, deps, { health }))),
      );
      const rejected = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (rejected) throw rejected.reason;
      const outcomes = settled.map((r) => (r as PromiseFulfilledResult<FetchOutcome>).value);
      await sendFollowUp(found.map((f) => f.source), outcomes, deps.queue, rt.now());
      for (const outcome of outcomes) {
        if (outcome.status === 'failed') failures++;
        newIssues += outcome.newIssues;
        if (outcome.status === 'failed') logger.warn('source fetch failed', { sourceId: outcome.sourceId, reason: outcome.reason });
        if (outcome.failures.length > 0) logger.warn('issue fetches failed', { sourceId: outcome.sourceId, failures: outcome.failures });
      }
      return { sources: outcomes.length, missing, outcomes: outcomes.map((o) => ({ sourceId: o.sourceId, status: o.status, newIssues: o.newIssues, revisedIssues: o.revisedIssues })) };
    });
    metrics.addMetric('FetchFailures', MetricUnit.Count, failures);
    metrics.addMetric('NewIssues', MetricUnit.Count, newIssues);
    metrics.publishStoredMetrics();
    return response;
  };
}

/** The re-checks a message's runs left for later, as one delayed fetch message (shared/stages/fetch-follow-up.ts). */
async function sendFollowUp(sources: Source[], outcomes: FetchOutcome[], queue: QueuePort, now: Date): Promise<void> {
  const followUp = followUpOf(sources, outcomes, now);
  if (followUp) await queue.send('fetch', followUp.message, { delaySeconds: followUp.delaySeconds });
}

export const handler = createFetchHandler(
  lazy(async (): Promise<FetchRuntime> => {
    const core = await runtimeCoreFromEnv();
    return { ...core, db: dynamoDocumentClient(), s3: s3ClientFromEnv(), queue: sqsQueue(core.config) };
  }),
);
