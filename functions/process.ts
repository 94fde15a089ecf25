import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processMessageSchema } from '../shared/model/messages.ts';
import { processIssue } from '../shared/stages/process-issue.ts';
import { adapters, lazy, runtimeFromEnv, type RuntimeSource } from './runtime/runtime.ts';
import { processBatch } from './runtime/sqs-batch.ts';

/** process-queue consumer: one issue per message → documents, versions and change records. */
export function createProcessHandler(runtime: RuntimeSource) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const a = adapters(rt);
    return processBatch(event, processMessageSchema, (message) => processIssue(message, { ...a, queue: rt.queue, now: rt.now }));
  };
}

export const handler = createProcessHandler(lazy(() => runtimeFromEnv()));
