/** Confirm, read and change preferences, unsubscribe: each through a signed link token. */
import type { Subscription } from '../model/subscription.ts';
import { applyFilterFields } from './apply-fields.ts';
import type { SubscribeDeps } from './deps.ts';
import { ApiError } from './errors.ts';
import type { PreferenceFields } from './schemas.ts';
import { requireToken, subscriptionFor } from './token-access.ts';

const suppressed = (s: Subscription): boolean => s.status === 'bounced' || s.status === 'complained';

/** pending → active (again: no change). An unsubscribed or suppressed address is not revived by an old link. */
export async function confirm(token: string, deps: SubscribeDeps): Promise<Subscription> {
  const s = await subscriptionFor(deps.subscribers, deps.tokenSecret, token, 'confirm', deps.now());
  if (s.status === 'active') return s;
  if (s.status === 'unsubscribed') throw new ApiError(409, 'conflict', '此订阅已退订，如需继续接收请重新订阅 this subscription was cancelled: subscribe again');
  if (suppressed(s)) throw new ApiError(409, 'conflict', '此邮箱无法接收邮件，订阅已停用 mail to this address failed: the subscription is stopped');
  const next: Subscription = { ...s, status: 'active', updatedAt: deps.now().toISOString() };
  await deps.subscribers.put(next);
  return next;
}

/** A confirm link shown as a page first: checks it without changing anything. */
export async function checkConfirmToken(token: string, deps: SubscribeDeps): Promise<Subscription> {
  return subscriptionFor(deps.subscribers, deps.tokenSecret, token, 'confirm', deps.now());
}

export async function readPreferences(token: string, deps: SubscribeDeps): Promise<Subscription> {
  return subscriptionFor(deps.subscribers, deps.tokenSecret, token, 'preferences', deps.now());
}

/** Replaces the fields given (a form gives all of them); the status is never changed here. */
export async function updatePreferences(token: string, fields: PreferenceFields, deps: SubscribeDeps): Promise<Subscription> {
  const s = await readPreferences(token, deps);
  const next: Subscription = {
    ...s,
    name: fields.name !== undefined ? fields.name : s.name,
    frequency: fields.frequency ?? s.frequency,
    filters: applyFilterFields(s.filters, fields),
    updatedAt: deps.now().toISOString(),
  };
  await deps.subscribers.put(next);
  return next;
}

export async function readForUnsubscribe(token: string, deps: SubscribeDeps): Promise<Subscription | null> {
  const subscriberId = requireToken(deps.tokenSecret, token, 'unsubscribe', deps.now());
  return deps.subscribers.get(subscriberId);
}

/**
 * One-click unsubscribe: idempotent. A subscription already gone counts as unsubscribed; bounced
 * and complained stay as they are (they are stronger than unsubscribed).
 */
export async function unsubscribe(token: string, deps: SubscribeDeps): Promise<Subscription | null> {
  const s = await readForUnsubscribe(token, deps);
  if (!s || s.status === 'unsubscribed' || suppressed(s)) return s;
  const next: Subscription = { ...s, status: 'unsubscribed', updatedAt: deps.now().toISOString() };
  await deps.subscribers.put(next);
  return next;
}
