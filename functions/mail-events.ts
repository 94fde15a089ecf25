import type { SNSEvent } from 'aws-lambda';
import { applyMailFeedback, sesNotificationSchema } from '../shared/stages/mail-feedback.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { logger } from './runtime/logger.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';

/** The runtime parts this function uses (DynamoDB only: the other AWS clients are not loaded). */
export type MailEventsRuntime = Pick<Runtime, 'config' | 'db' | 'now'>;

/** SNS subscriber for SES bounces and complaints: suppresses the address. */
export function createMailEventsHandler(runtime: RuntimeSource<MailEventsRuntime>) {
  return async (event: SNSEvent): Promise<{ suppressed: string[] }> => {
    const rt = await runtime();
    const subscribers = new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers);
    const suppressed: string[] = [];
    for (const record of event.Records) {
      const parsed = sesNotificationSchema.safeParse(JSON.parse(record.Sns.Message));
      if (!parsed.success) {
        logger.error('unreadable SES notification', { messageId: record.Sns.MessageId, issues: parsed.error.issues });
        continue;
      }
      suppressed.push(...(await applyMailFeedback(parsed.data, subscribers, rt.now())));
    }
    logger.info('mail feedback applied', { suppressed });
    return { suppressed };
  };
}

export const handler = createMailEventsHandler(lazy(async (): Promise<MailEventsRuntime> => ({ ...(await runtimeCoreFromEnv()), db: dynamoDocumentClient() })));
