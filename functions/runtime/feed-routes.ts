/** The Atom feeds' dependencies over the API runtime (changes, subscribers; the API's rate limit). */
import { DynamoChangeRepository } from '../../shared/store/dynamo/change-repository.ts';
import type { FeedRouteDeps } from '../../shared/feeds/feed-routes.ts';
import type { SubscribeDeps } from '../../shared/subscribe/deps.ts';
import { checkRate, clientKey } from '../../shared/subscribe/rate-limit.ts';
import type { Runtime } from './core.ts';

export function feedRouteDeps(rt: Pick<Runtime, 'config' | 'db' | 'now'>, subscribe: SubscribeDeps): FeedRouteDeps {
  const rule = subscribe.limits.client;
  return {
    changes: subscribe.changes ?? new DynamoChangeRepository(rt.db, rt.config.tables.changes),
    subscribers: subscribe.subscribers,
    tokenSecret: rt.config.tokenSecret,
    publicBaseUrl: rt.config.publicBaseUrl,
    now: rt.now,
    allow: async (ip) => (await checkRate(subscribe.rateLimits, rule, clientKey(rule, ip), rt.now())).allowed,
  };
}
