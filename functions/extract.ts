import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { PopplerRenderer } from '../shared/ingest/text/ocr/poppler-renderer.ts';
import { TesseractEngine } from '../shared/ingest/text/ocr/tesseract-engine.ts';
import { extractMessageSchema } from '../shared/model/messages.ts';
import { extractIssue, type ExtractDeps } from '../shared/stages/extract-issue.ts';
import { DynamoIssueRepository } from '../shared/store/dynamo/issue-repository.ts';
import { S3BlobStore } from '../shared/store/s3-blob-store.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { s3ClientFromEnv } from './runtime/clients/s3.ts';
import { sqsQueue } from './runtime/clients/sqs.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';
import { logger, publishCountsIfAny } from './runtime/logger.ts';
import { processBatch } from './runtime/sqs-batch.ts';

export type ExtractRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'queue' | 'now'>;

/** Environment of the OCR binaries (PATH, TESSDATA_PREFIX of the container image); read here, at the edge. */
const toolEnv = (): Record<string, string | undefined> => ({ PATH: process.env.PATH, TESSDATA_PREFIX: process.env.TESSDATA_PREFIX, TMPDIR: process.env.TMPDIR });

/** extract-queue consumer: one issue per message → text + page map in S3 (OCR for scanned pages) → process queue. */
export function createExtractHandler(runtime: RuntimeSource<ExtractRuntime>, env: Record<string, string | undefined> = toolEnv()) {
  const ocr = { renderer: new PopplerRenderer({ env }), engine: new TesseractEngine({ env, lang: 'chi_sim' }) };
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const limits = rt.config.limits;
    const deps: ExtractDeps = {
      issues: new DynamoIssueRepository(rt.db, rt.config.tables.issues),
      blobs: new S3BlobStore(rt.s3, rt.config.bucket),
      queue: rt.queue,
      now: rt.now,
      maxAttempts: limits.maxAttempts,
      extraction: {
        ocr,
        limits: { maxOcrPages: limits.ocrMaxPages, timeBudgetMs: limits.ocrTimeBudgetSeconds * 1000, dpi: limits.ocrDpi },
        clock: () => performance.now(),
      },
    };
    let ocrPages = 0;
    let gaveUp = 0;
    let partial = 0;
    const response = await processBatch(event, extractMessageSchema, async (message) => {
      const result = await extractIssue(message, deps);
      ocrPages += result.ocrPages.length;
      if (result.gaveUp) gaveUp++;
      if (result.unreadPages.length > 0) partial++;
      if (result.status === 'failed') logger.warn('issue extraction failed', { issueId: result.issueId, reason: result.reason });
      return result;
    });
    publishCountsIfAny({ OcrPages: ocrPages, PartialIssues: partial, IssuesGivenUp: gaveUp });
    return response;
  };
}

export const handler = createExtractHandler(
  lazy(async (): Promise<ExtractRuntime> => {
    const core = await runtimeCoreFromEnv();
    return { ...core, db: dynamoDocumentClient(), s3: s3ClientFromEnv(), queue: sqsQueue(core.config) };
  }),
);
