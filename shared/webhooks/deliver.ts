/**
 * Posting one piece of content (an alert for one change, or one digest) to every active webhook of a
 * subscriber, at most once per (subscriber, webhook, content): each delivery is claimed in the deliveries
 * table with a conditional write (pk SUB#{subscriber}, sk DELIVERY#HOOK#{webhook}#{content}), so a replayed
 * notify message or digest run finds it done and posts nothing. The outcome is recorded on the delivery and
 * the webhook's health on the subscriber; 7 days of failures disable the webhook and the subscriber is told.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import type { DeliveryRepository } from '../store/ports.ts';
import { stableId } from '../util/hash.ts';
import { claimDelivery } from '../stages/claim-delivery.ts';
import { changePageUrl } from '../feeds/change-summary.ts';
import { subscriberFeedUrl } from '../feeds/feed-token.ts';
import { afterFailure, afterSuccess } from './health.ts';
import type { WebhookStateStore } from './ports.ts';
import { postWithRetries, type PostDeps, type PostPolicy } from './post.ts';
import { buildWebhookRequest } from './request.ts';
import type { StoredWebhook, WebhookKind } from './schema.ts';

export interface WebhookDeliveryDeps {
  deliveries: DeliveryRepository;
  state: WebhookStateStore;
  http: PostDeps;
  policy: PostPolicy;
  publicBaseUrl: string;
  tokenSecret: string;
  now: () => Date;
  /** Tells the subscriber by mail that a webhook was disabled (idempotent per webhook and failure run). */
  notifyDisabled: (subscription: Subscription, webhook: StoredWebhook) => Promise<void>;
  leaseMs?: number;
  newOwner?: () => string;
}

export interface WebhookContent {
  /** The alert's change id, or DIGEST#{frequency}#{period}. */
  key: string;
  event: 'change' | 'digest';
  heading: string;
  changes: readonly ChangeRecord[];
}

export type WebhookResult =
  | { webhookId: string; kind: WebhookKind; result: 'delivered'; attempts: number }
  | { webhookId: string; kind: WebhookKind; result: 'failed'; attempts: number; reason: string; disabled: boolean }
  /** Delivered or failed for good by an earlier run. */
  | { webhookId: string; kind: WebhookKind; result: 'done' }
  /** Another worker is delivering it right now. */
  | { webhookId: string; kind: WebhookKind; result: 'busy'; leaseUntil: string };

export const webhookDeliveryKey = (webhookId: string, contentKey: string): string => `HOOK#${webhookId}#${contentKey}`;
const LEASE_MS = 5 * 60 * 1000;

/** Retries a bookkeeping write a few times: the post already happened and must not be repeated. */
async function record<T>(fn: () => Promise<T>, sleep: (ms: number) => Promise<void>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= 5) throw err;
      await sleep(50 * 2 ** attempt);
    }
  }
}

async function deliverOne(subscription: Subscription, webhook: StoredWebhook, content: WebhookContent, deps: WebhookDeliveryDeps): Promise<WebhookResult> {
  const { subscriberId } = subscription;
  const deliveryKey = webhookDeliveryKey(webhook.id, content.key);
  const deliveryId = stableId(`${subscriberId}\n${deliveryKey}`, 32);
  const { claim, owner } = await claimDelivery(
    deps.deliveries,
    { subscriberId, deliveryKey, messageId: deliveryId, covers: content.changes.map((c) => c.changeId) },
    { now: deps.now, leaseMs: deps.leaseMs ?? LEASE_MS, ...(deps.newOwner ? { newOwner: deps.newOwner } : {}) },
  );
  const base = { webhookId: webhook.id, kind: webhook.kind };
  if (claim.kind === 'done') return { ...base, result: 'done' };
  if (claim.kind === 'busy') return { ...base, result: 'busy', leaseUntil: claim.leaseUntil };

  const covered = new Set(claim.covers);
  const input = {
    heading: content.heading,
    changes: content.changes.filter((c) => covered.has(c.changeId)),
    pageUrl: (id: string) => changePageUrl(deps.publicBaseUrl, id),
    moreUrl: subscriberFeedUrl(deps.publicBaseUrl, deps.tokenSecret, subscription),
    deliveryId,
    event: content.event,
  };
  const { outcome, attempts } = await postWithRetries(webhook.kind, () => buildWebhookRequest(webhook, input, deps.now()), deps.policy, deps.http);
  const when = deps.now();
  const sleep = deps.http.sleep;
  if (outcome.kind === 'delivered') {
    await record(() => deps.deliveries.markSent(subscriberId, deliveryKey, owner, `HTTP ${outcome.status}`, when.toISOString()), sleep);
    await record(() => deps.state.update(subscriberId, webhook.id, (w) => afterSuccess(w, when).webhook), sleep);
    return { ...base, result: 'delivered', attempts };
  }
  await record(() => deps.deliveries.markRejected(subscriberId, deliveryKey, owner, outcome.reason, when.toISOString()), sleep);
  let disabled = false;
  const failure = { at: when.toISOString(), status: outcome.status, reason: outcome.reason };
  const stored = await record(
    () =>
      deps.state.update(subscriberId, webhook.id, (w) => {
        const next = afterFailure(w, failure);
        disabled = next.disabledNow;
        return next.webhook;
      }),
    sleep,
  );
  if (disabled && stored) await deps.notifyDisabled(subscription, stored);
  return { ...base, result: 'failed', attempts, reason: outcome.reason, disabled };
}

/** Every active webhook of the subscriber, one after the other; a failing one does not stop the others. */
export async function deliverToWebhooks(subscription: Subscription, content: WebhookContent, deps: WebhookDeliveryDeps): Promise<WebhookResult[]> {
  const results: WebhookResult[] = [];
  if (content.changes.length === 0) return results;
  for (const webhook of subscription.webhooks ?? []) {
    if (webhook.status !== 'active') continue;
    results.push(await deliverOne(subscription, webhook, content, deps));
  }
  return results;
}
