import { verifyToken, type TokenPurpose } from '../notify/tokens.ts';
import type { Subscription } from '../model/subscription.ts';
import type { SubscriberRepository } from '../store/ports.ts';
import { ApiError } from './errors.ts';

/** An authentic link past its lifetime: names whose it was (a fresh one can be mailed to that address). */
export class ExpiredLinkError extends ApiError {
  constructor(
    readonly purpose: TokenPurpose,
    readonly subscriberId: string,
  ) {
    super(
      403,
      'expired-token',
      purpose === 'preferences'
        ? '设置链接已过期，可以把新链接发到订阅邮箱 this preferences link has expired: a fresh one can be mailed to the subscribed address (POST /preferences/renew)'
        : '链接已过期，请重新订阅 this link has expired: please subscribe again',
    );
  }
}

/** Checks a link token; a bad one is 401, an expired one 403 (ExpiredLinkError). */
export function requireToken(secret: string, token: string, purpose: TokenPurpose, now: Date): string {
  const result = verifyToken(secret, token, purpose, now.getTime());
  if (!('error' in result)) return result.subscriberId;
  if (result.error === 'expired') throw new ExpiredLinkError(purpose, result.subscriberId);
  throw new ApiError(401, 'invalid-token', '链接无效，请检查是否完整复制 this link is invalid: check that it was copied completely');
}

/** The subscription a valid token names; 404 when it has been removed since. */
export async function subscriptionFor(
  subscribers: SubscriberRepository,
  secret: string,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<Subscription> {
  const subscriberId = requireToken(secret, token, purpose, now);
  const subscription = await subscribers.get(subscriberId);
  if (!subscription) throw new ApiError(404, 'not-found', '此订阅已不存在 this subscription no longer exists');
  return subscription;
}
