import { digestEventSchema } from '../shared/model/messages.ts';
import { sendDigests, type DigestOutcome } from '../shared/stages/send-digests.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { digestWebhooks } from '../shared/webhooks/digest-webhooks.ts';
import { logger } from './runtime/logger.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { sesClient } from './runtime/clients/ses.ts';
import { readSecretString } from './runtime/clients/secrets.ts';
import { lazy, runtimeCoreFromEnv, type RuntimeSource } from './runtime/core.ts';
import { mailDeps, type MailRuntime } from './runtime/mail.ts';
import { webhookDeps, type WebhookOptions } from './runtime/webhooks.ts';

export type DigestRunOutcome = DigestOutcome & { webhooksDelivered: number; webhooksFailed: number };

/**
 * Scheduled (daily / weekly, Asia/Shanghai): one digest per subscriber with queued changes, by mail and then
 * on the subscriber's webhooks (the same changes the mail covered); fails when some subscriber failed retryably.
 */
export function createDigestHandler(runtime: RuntimeSource<MailRuntime>, options: { webhooks?: WebhookOptions } = {}) {
  return async (event: unknown): Promise<DigestRunOutcome> => {
    const rt = await runtime();
    const input = digestEventSchema.parse(event);
    const changes = new DynamoChangeRepository(rt.db, rt.config.tables.changes);
    const subscribers = new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers);
    const outcome = await sendDigests(input, { ...mailDeps(rt), changes, subscribers });
    const hooks = await digestWebhooks(input, { ...webhookDeps(rt, options.webhooks), changes, subscribers });
    logger.info('digests sent', { ...outcome, webhooksDelivered: hooks.delivered, webhooksFailed: hooks.failed });
    // Retryable failures of some subscribers: fail the invocation so the scheduler retries it (a retry sends nothing twice).
    if (outcome.failed.length > 0) throw new Error(`digest ${outcome.frequency} ${outcome.period}: ${outcome.failed.length} subscriber(s) failed: ${outcome.failed.map((f) => f.subscriberId).join(', ')}`);
    return { ...outcome, webhooksDelivered: hooks.delivered, webhooksFailed: hooks.failed };
  };
}

export const handler = createDigestHandler(
  lazy(async (): Promise<MailRuntime> => ({ ...(await runtimeCoreFromEnv(process.env, readSecretString)), db: dynamoDocumentClient(), ses: sesClient() })),
);
