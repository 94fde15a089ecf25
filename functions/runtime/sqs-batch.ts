import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { z } from 'zod';
import { logger } from './logger.ts';

/**
 * Runs `fn` for each record of an SQS batch and reports the failed ones (partial batch response),
 * so only they are retried and, after maxReceiveCount, land in the DLQ. A malformed body is a failure too:
 * it ends in the DLQ with its reason logged instead of being dropped.
 */
export async function processBatch<T>(
  event: SQSEvent,
  schema: z.ZodType<T>,
  fn: (message: T) => Promise<unknown>,
): Promise<SQSBatchResponse> {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const message = schema.parse(JSON.parse(record.body));
      const result = await fn(message);
      logger.info('message processed', { messageId: record.messageId, result: result as Record<string, unknown> });
    } catch (err) {
      logger.error('message failed', { messageId: record.messageId, error: err as Error });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}
