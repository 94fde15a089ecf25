import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processMessageSchema } from '../shared/model/messages.ts';
import { processIssue } from '../shared/stages/process-issue.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoDocumentRepository } from '../shared/store/dynamo/document-repository.ts';
import { DynamoIssueRepository } from '../shared/store/dynamo/issue-repository.ts';
import { DynamoProjectRepository } from '../shared/store/dynamo/project-repository.ts';
import { DynamoSourceRepository } from '../shared/store/dynamo/source-repository.ts';
import { S3BlobStore } from '../shared/store/s3-blob-store.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { s3ClientFromEnv } from './runtime/clients/s3.ts';
import { sqsQueue } from './runtime/clients/sqs.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';
import { logger, publishCountsIfAny } from './runtime/logger.ts';
import { processBatch } from './runtime/sqs-batch.ts';

/** The runtime parts this function uses (DynamoDB, S3, SQS: the SES client is not loaded). */
export type ProcessRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'queue' | 'now'>;

/** process-queue consumer: one issue per message → documents, versions and change records. */
export function createProcessHandler(runtime: RuntimeSource<ProcessRuntime>) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const t = rt.config.tables;
    const deps = {
      sources: new DynamoSourceRepository(rt.db, t.sources),
      issues: new DynamoIssueRepository(rt.db, t.issues),
      // One instance per invocation (one issue): it may keep what it read (issue 18: fewer requests per document).
      documents: new DynamoDocumentRepository(rt.db, t.documents, { keepReads: true }),
      changes: new DynamoChangeRepository(rt.db, t.changes),
      blobs: new S3BlobStore(rt.s3, rt.config.bucket),
      queue: rt.queue,
      now: rt.now,
      maxAttempts: rt.config.limits.maxAttempts,
      projects: new DynamoProjectRepository(rt.db, t.projects),
    };
    let failed = 0;
    let gaveUp = 0;
    const response = await processBatch(event, processMessageSchema, async (message) => {
      const outcome = await processIssue(message, deps);
      if (outcome.gaveUp) gaveUp++;
      if (outcome.status === 'failed') {
        failed++;
        logger.warn('issue processing failed', { issueId: outcome.issueId, reason: outcome.reason });
      }
      return outcome;
    });
    publishCountsIfAny({ IssuesFailed: failed, IssuesGivenUp: gaveUp });
    return response;
  };
}

export const handler = createProcessHandler(
  lazy(async (): Promise<ProcessRuntime> => {
    const core = await runtimeCoreFromEnv();
    return { ...core, db: dynamoDocumentClient(), s3: s3ClientFromEnv(), queue: sqsQueue(core.config) };
  }),
);
