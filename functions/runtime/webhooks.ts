/** What webhook delivery needs from a runtime: the deliveries and subscribers tables, HTTP, and mail for the 7-day notice. */
import { DynamoWebhookStateRepository } from '../../shared/store/dynamo/webhook-state-repository.ts';
import { sendOnce } from '../../shared/stages/send-mail.ts';
import { renderWebhookDisabledMail } from '../../shared/webhooks/disabled-mail.ts';
import { webhookPolicyFromEnv } from '../../shared/webhooks/config.ts';
import type { WebhookDeliveryDeps } from '../../shared/webhooks/deliver.ts';
import { fetchPost, type HttpPost, type PostPolicy } from '../../shared/webhooks/post.ts';
import { mailDeps, type MailRuntime } from './mail.ts';

export interface WebhookOptions {
  policy?: PostPolicy;
  post?: HttpPost;
  sleep?: (ms: number) => Promise<void>;
}

export function webhookDeps(rt: MailRuntime, options: WebhookOptions = {}): WebhookDeliveryDeps {
  const mail = mailDeps(rt);
  return {
    deliveries: mail.deliveries,
    state: new DynamoWebhookStateRepository(rt.db, rt.config.tables.subscribers),
    http: { post: options.post ?? fetchPost, sleep: options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))) },
    policy: options.policy ?? webhookPolicyFromEnv(process.env),
    publicBaseUrl: rt.config.publicBaseUrl,
    tokenSecret: rt.config.tokenSecret,
    now: rt.now,
    notifyDisabled: async (subscription, webhook) => {
      const key = `HOOK-OFF#${webhook.id}#${webhook.failingSince ?? webhook.disabledAt ?? ''}`;
      await sendOnce(subscription, key, { covers: [], render: (_covers, links) => renderWebhookDisabledMail(subscription, webhook, links) }, mail);
    },
  };
}
