import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { notifyMessageSchema } from '../shared/model/messages.ts';
import { notifyChange } from '../shared/stages/notify-change.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { notifyWebhooks } from '../shared/webhooks/notify-webhooks.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { sesClient } from './runtime/clients/ses.ts';
import { readSecretString } from './runtime/clients/secrets.ts';
import { lazy, runtimeCoreFromEnv, type RuntimeSource } from './runtime/core.ts';
import { mailDeps, type MailRuntime } from './runtime/mail.ts';
import { readOnceChanges, readOnceSubscribers } from './runtime/per-message.ts';
import { processBatch } from './runtime/sqs-batch.ts';
import { webhookDeps, type WebhookOptions } from './runtime/webhooks.ts';

/**
 * notify-queue consumer: one change per message → immediate alerts by mail and on webhooks, or queued for
 * digests. Mail and webhooks are each delivered at most once; when either could not finish, the message fails
 * afterwards and its retry delivers only what is missing.
 */
export function createNotifyHandler(runtime: RuntimeSource<MailRuntime>, options: { webhooks?: WebhookOptions } = {}) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const rt = await runtime();
    const changeTable = new DynamoChangeRepository(rt.db, rt.config.tables.changes);
    const subscriberTable = new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers);
    const mail = mailDeps(rt);
    const hooks = webhookDeps(rt, options.webhooks);
    return processBatch(event, notifyMessageSchema, async (message) => {
      const repos = { changes: readOnceChanges(changeTable), subscribers: readOnceSubscribers(subscriberTable) };
      // Both halves run whatever the other did; the message fails afterwards if either did not finish.
      const alerts = await notifyChange(message, { ...mail, ...repos }).then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
      const webhooks = await notifyWebhooks(message.changeId, { ...hooks, ...repos });
      if (!alerts.ok) throw alerts.error;
      return { ...alerts.value, webhooksDelivered: webhooks.delivered, webhooksFailed: webhooks.failed };
    });
  };
}

export const handler = createNotifyHandler(
  lazy(async (): Promise<MailRuntime> => ({ ...(await runtimeCoreFromEnv(process.env, readSecretString)), db: dynamoDocumentClient(), ses: sesClient() })),
);
