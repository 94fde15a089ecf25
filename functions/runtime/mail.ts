import { DynamoDeliveryRepository } from '../../shared/store/dynamo/delivery-repository.ts';
import { DynamoSubscriberRepository } from '../../shared/store/dynamo/subscriber-repository.ts';
import { SesMailer } from '../../shared/store/ses-mailer.ts';
import type { SendMailDeps } from '../../shared/stages/send-mail.ts';
import type { Runtime } from './core.ts';

/** The runtime parts the mail-sending stages use. */
export type MailRuntime = Pick<Runtime, 'config' | 'db' | 'ses' | 'now' | 'archiveBaseUrl' | 'onSent'>;

/** What the mail-sending stages need from a runtime (SES and the deliveries table only: no S3, no SQS). */
export function mailDeps(rt: MailRuntime): SendMailDeps {
  return {
    mailer: new SesMailer(rt.ses),
    deliveries: new DynamoDeliveryRepository(rt.db, rt.config.tables.deliveries),
    rejections: new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers),
    mailFrom: rt.config.mailFrom,
    configurationSet: rt.config.configurationSet,
    links: { publicBaseUrl: rt.config.publicBaseUrl, tokenSecret: rt.config.tokenSecret, archiveBaseUrl: rt.archiveBaseUrl, now: rt.now },
    now: rt.now,
    onSent: rt.onSent,
  };
}
