/**
 * The manage page's webhook and feed actions on a subscription read through its preferences link: add a webhook
 * (checked by the address guard first), remove one, re-enable a disabled one, reset the private feed URL. The
 * changes themselves are shared/webhooks/settings.ts (the CLI makes the same ones); this stores the result.
 */
import type { Subscription } from '../model/subscription.ts';
import type { WebhookInput } from '../webhooks/input.ts';
import type { StoredWebhook } from '../webhooks/schema.ts';
import { addWebhook, enableWebhook, removeWebhook, revokeFeed, WebhookSettingsError } from '../webhooks/settings.ts';
import type { SubscriberRepository } from '../store/ports.ts';
import type { SubscribeDeps } from './deps.ts';
import { refusedWebhookTarget, type WebhookTargetPolicy } from './webhook-target.ts';

export type WebhookAction =
  | { kind: 'add'; input: WebhookInput }
  | { kind: 'remove'; webhookId: string }
  | { kind: 'enable'; webhookId: string }
  | { kind: 'reset-feed' };

/** A URL the address guard refuses: the message is its verdict, in Chinese. */
export class WebhookTargetRefused extends Error {
  override name = 'WebhookTargetRefused';
}

export { WebhookSettingsError };

/** What the page says after each action. */
export const actionNotices: Record<WebhookAction['kind'], string> = {
  add: 'Webhook 已添加，之后的提醒也会推送到这里。',
  remove: 'Webhook 已删除。',
  enable: 'Webhook 已重新启用，下次有提醒时会再次推送。',
  'reset-feed': '订阅源地址已重置：旧地址已失效，请在阅读器中换用下面的新地址。',
};

export async function applyWebhookAction(
  current: Subscription,
  action: WebhookAction,
  deps: { subscribers: Pick<SubscriberRepository, 'put'>; now: SubscribeDeps['now'] },
  policy: WebhookTargetPolicy = {},
): Promise<{ subscription: Subscription; webhook: StoredWebhook | null }> {
  const now = deps.now();
  let result: { subscription: Subscription; webhook: StoredWebhook | null };
  if (action.kind === 'add') {
    const refused = await refusedWebhookTarget(action.input.url, policy);
    if (refused) throw new WebhookTargetRefused(refused);
    result = addWebhook(current, action.input, now);
  } else if (action.kind === 'remove') {
    result = { subscription: removeWebhook(current, action.webhookId, now), webhook: null };
  } else if (action.kind === 'enable') {
    const subscription = enableWebhook(current, action.webhookId, now);
    result = { subscription, webhook: (subscription.webhooks ?? []).find((w) => w.id === action.webhookId) ?? null };
  } else {
    result = { subscription: revokeFeed(current, now), webhook: null };
  }
  await deps.subscribers.put(result.subscription);
  return result;
}
