import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { notifyMessageSchema } from '../shared/model/messages.ts';
import { notifyChange } from '../shared/stages/notify-change.ts';
import { adapters, lazy, mailDeps, runtimeFromEnv, type RuntimeSource } from './runtime/runtime.ts';
import { processBatch } from './runtime/sqs-batch.ts';

/** notify-queue consumer: one change per message → immediate alerts, or queued for digests. */
export function createNotifyHandler(runtime: RuntimeSource) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const a = adapters(rt);
    const deps = { ...mailDeps(rt), changes: a.changes, subscribers: a.subscribers };
    return processBatch(event, notifyMessageSchema, (message) => notifyChange(message, deps));
  };
}

export const handler = createNotifyHandler(lazy(() => runtimeFromEnv()));
