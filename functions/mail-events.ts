import type { SNSEvent } from 'aws-lambda';
import { applyMailFeedback, sesNotificationSchema } from '../shared/stages/mail-feedback.ts';
import { logger } from './runtime/logger.ts';
import { adapters, lazy, runtimeFromEnv, type RuntimeSource } from './runtime/runtime.ts';

/** SNS subscriber for SES bounces and complaints: suppresses the address. */
export function createMailEventsHandler(runtime: RuntimeSource) {
  return async (event: SNSEvent): Promise<{ suppressed: string[] }> => {
    const rt = await runtime();
    const subscribers = adapters(rt).subscribers;
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

export const handler = createMailEventsHandler(lazy(() => runtimeFromEnv()));
