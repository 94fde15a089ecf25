/**
 * Which feeds there are and what each holds, in one registry: a subscriber's private feed (their filters,
 * matched by the mail matcher), and public feeds per area (a division code: everything in it) and per
 * category. Pure over the changes given.
 */
import type { ChangeRecord } from '../model/change.ts';
import { categorySchema, type Category } from '../model/document.ts';
import { subscriptionSchema, type Filters, type Subscription } from '../model/subscription.ts';
import { areaByCode } from '../notify/divisions.ts';
import { categoryHeadings } from '../notify/labels.ts';
import { matchesSubscription } from '../notify/match.ts';
import { stableId } from '../util/hash.ts';

export interface FeedSelection {
  title: string;
  path: string;
  /** What the feed's tag: id names (never the secret token of a private feed). */
  idPath: string;
  matches: (change: ChangeRecord) => boolean;
}

/** A public feed is a subscription nobody holds: the same matcher decides what it shows. */
function publicFilter(filters: Partial<Filters>): Subscription {
  const at = '2026-01-01T00:00:00.000Z';
  return subscriptionSchema.parse({ subscriberId: 'public-feed', email: 'feed@gazette-watch.invalid', status: 'active', frequency: 'immediate', filters, createdAt: at, updatedAt: at });
}

export function subscriberSelection(subscription: Subscription, path: string): FeedSelection {
  return { title: `公报哨兵 · ${subscription.name ?? '我的订阅'}`, path, idPath: `/feeds/subscriber/${stableId(subscription.subscriberId, 24)}`, matches: (c) => matchesSubscription(c, subscription) };
}

/** /feeds/area/{6-digit code}.atom; null when the code is no known area. */
export function areaSelection(code: string): FeedSelection | null {
  if (!/^\d{6}$/.test(code)) return null;
  const area = areaByCode(code);
  if (!area) return null;
  const sub = publicFilter({ jurisdictions: [code] });
  return { title: `公报哨兵 · ${area.name}`, path: `/feeds/area/${code}.atom`, idPath: `/feeds/area/${code}`, matches: (c) => matchesSubscription(c, sub) };
}

/** /feeds/category/{land|appointment|regulation|other}.atom; null for any other name. */
export function categorySelection(name: string): FeedSelection | null {
  const parsed = categorySchema.safeParse(name);
  if (!parsed.success) return null;
  const category: Category = parsed.data;
  const sub = publicFilter({ categories: [category] });
  return { title: `公报哨兵 · ${categoryHeadings[category]}`, path: `/feeds/category/${category}.atom`, idPath: `/feeds/category/${category}`, matches: (c) => matchesSubscription(c, sub) };
}
