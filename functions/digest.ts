import { digestEventSchema } from '../shared/model/messages.ts';
import { sendDigests, type DigestOutcome } from '../shared/stages/send-digests.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { logger } from './runtime/logger.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { sesClient } from './runtime/clients/ses.ts';
import { readSecretString } from './runtime/clients/secrets.ts';
import { lazy, runtimeCoreFromEnv, type RuntimeSource } from './runtime/core.ts';
import { mailDeps, type MailRuntime } from './runtime/mail.ts';

/** Scheduled (daily / weekly, Asia/Shanghai): one digest per subscriber with queued changes; fails when some subscriber failed retryably. */
export function createDigestHandler(runtime: RuntimeSource<MailRuntime>) {
  return async (event: unknown): Promise<DigestOutcome> => {
    const rt = await runtime();
    const input = digestEventSchema.parse(event);
    const outcome = await sendDigests(input, {
      ...mailDeps(rt),
      changes: new DynamoChangeRepository(rt.db, rt.config.tables.changes),
      subscribers: new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers),
    });
    logger.info('digests sent', { ...outcome });
    // Retryable failures of some subscribers: fail the invocation so the scheduler retries it (a retry sends nothing twice).
    if (outcome.failed.length > 0) throw new Error(`digest ${outcome.frequency} ${outcome.period}: ${outcome.failed.length} subscriber(s) failed: ${outcome.failed.map((f) => f.subscriberId).join(', ')}`);
    return outcome;
  };
}

export const handler = createDigestHandler(
  lazy(async (): Promise<MailRuntime> => ({ ...(await runtimeCoreFromEnv(process.env, readSecretString)), db: dynamoDocumentClient(), ses: sesClient() })),
);
