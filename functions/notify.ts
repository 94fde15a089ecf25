import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { notifyMessageSchema } from '../shared/model/messages.ts';
import { notifyChange } from '../shared/stages/notify-change.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { sesClient } from './runtime/clients/ses.ts';
import { readSecretString } from './runtime/clients/secrets.ts';
import { lazy, runtimeCoreFromEnv, type RuntimeSource } from './runtime/core.ts';
import { mailDeps, type MailRuntime } from './runtime/mail.ts';
import { processBatch } from './runtime/sqs-batch.ts';

/** notify-queue consumer: one change per message → immediate alerts, or queued for digests. */
export function createNotifyHandler(runtime: RuntimeSource<MailRuntime>) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const deps = {
      ...mailDeps(rt),
      changes: new DynamoChangeRepository(rt.db, rt.config.tables.changes),
      subscribers: new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers),
    };
    return processBatch(event, notifyMessageSchema, (message) => notifyChange(message, deps));
  };
}

export const handler = createNotifyHandler(
  lazy(async (): Promise<MailRuntime> => ({ ...(await runtimeCoreFromEnv(process.env, readSecretString)), db: dynamoDocumentClient(), ses: sesClient() })),
);
