/** Adding, removing and re-enabling a subscriber's webhooks, and revoking their feed URL. Pure: returns the new record. */
import type { Subscription } from '../model/subscription.ts';
import type { WebhookInput } from './input.ts';
import { MAX_WEBHOOKS, storedWebhookSchema, type StoredWebhook } from './schema.ts';

export class WebhookSettingsError extends Error {
  override name = 'WebhookSettingsError';
}

export function addWebhook(subscription: Subscription, input: WebhookInput, now: Date): { subscription: Subscription; webhook: StoredWebhook } {
  const hooks = subscription.webhooks ?? [];
  if (hooks.length >= MAX_WEBHOOKS) throw new WebhookSettingsError(`最多 ${MAX_WEBHOOKS} 个 Webhook at most ${MAX_WEBHOOKS} webhooks`);
  if (hooks.some((w) => w.url === input.url)) throw new WebhookSettingsError('该地址已添加 this URL is added already');
  let n = hooks.length + 1;
  while (hooks.some((w) => w.id === `${input.kind}-${n}`)) n++;
  const webhook = storedWebhookSchema.parse({ id: `${input.kind}-${n}`, kind: input.kind, url: input.url, secret: input.secret ?? null, createdAt: now.toISOString() });
  return { subscription: { ...subscription, webhooks: [...hooks, webhook], updatedAt: now.toISOString() }, webhook };
}

function find(subscription: Subscription, id: string): StoredWebhook {
  const hook = (subscription.webhooks ?? []).find((w) => w.id === id);
  if (!hook) throw new WebhookSettingsError(`没有编号为 ${id} 的 Webhook no webhook ${id}`);
  return hook;
}

export function removeWebhook(subscription: Subscription, id: string, now: Date): Subscription {
  find(subscription, id);
  return { ...subscription, webhooks: (subscription.webhooks ?? []).filter((w) => w.id !== id), updatedAt: now.toISOString() };
}

/** A disabled webhook back on, its failure run forgotten (the subscriber fixed it). */
export function enableWebhook(subscription: Subscription, id: string, now: Date): Subscription {
  find(subscription, id);
  return {
    ...subscription,
    webhooks: (subscription.webhooks ?? []).map((w) => (w.id === id ? { ...w, status: 'active' as const, disabledAt: null, failingSince: null } : w)),
    updatedAt: now.toISOString(),
  };
}

/** A new feed generation: every earlier private feed URL stops working. */
export function revokeFeed(subscription: Subscription, now: Date): Subscription {
  return { ...subscription, feedGeneration: (subscription.feedGeneration ?? 0) + 1, updatedAt: now.toISOString() };
}
