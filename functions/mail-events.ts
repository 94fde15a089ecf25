import type { SNSEvent } from 'aws-lambda';
import { applyMailFeedback, readSesNotification } from '../shared/stages/mail-feedback.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { logger } from './runtime/logger.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';

/** The runtime parts this function uses (DynamoDB only: the other AWS clients are not loaded). */
export type MailEventsRuntime = Pick<Runtime, 'config' | 'db' | 'now'>;

export interface MailEventsOutcome {
  suppressed: string[];
  /** Records that can never be applied (not JSON, not an SES notification), each with its reason. */
  skipped: { messageId: string; reason: string }[];
}

/**
 * SNS subscriber for SES bounces and complaints: suppresses the address. Every record is applied on its own:
 * an unreadable one is skipped with its reason logged (retrying cannot fix it), and one that fails to apply
 * (DynamoDB) does not stop the others — the invocation fails afterwards so Lambda retries it, which is safe
 * because applying a notification twice changes nothing.
 */
export function createMailEventsHandler(runtime: RuntimeSource<MailEventsRuntime>) {
  return async (event: SNSEvent): Promise<MailEventsOutcome> => {
    const rt = await runtime();
    const subscribers = new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers);
    const outcome: MailEventsOutcome = { suppressed: [], skipped: [] };
    const failures: string[] = [];
    for (const record of event.Records) {
      const messageId = record.Sns.MessageId;
      const read = readSesNotification(record.Sns.Message);
      if (!read.ok) {
        logger.error('unreadable SES notification skipped', { messageId, reason: read.reason });
        outcome.skipped.push({ messageId, reason: read.reason });
        continue;
      }
      try {
        outcome.suppressed.push(...(await applyMailFeedback(read.notification, subscribers, rt.now())));
      } catch (err) {
        logger.error('SES notification not applied', { messageId, error: err as Error });
        failures.push(messageId);
      }
    }
    logger.info('mail feedback applied', { ...outcome });
    if (failures.length > 0) throw new Error(`mail feedback not applied for ${failures.length} record(s): ${failures.join(', ')}`);
    return outcome;
  };
}

export const handler = createMailEventsHandler(lazy(async (): Promise<MailEventsRuntime> => ({ ...(await runtimeCoreFromEnv()), db: dynamoDocumentClient() })));
