/** A subscriber's calendar feed: the dated deadlines of the land notices that match their subscription. Pure. */
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import { matchesSubscription } from '../notify/match.ts';
import { buildIcs } from './build-ics.ts';
import { deadlineEvents } from './deadline-events.ts';

export function subscriberFeed(subscription: Subscription, changes: readonly ChangeRecord[], options: { stamp: Date; evidenceUrl: (changeId: string) => string }): string {
  const latest = new Map<string, ChangeRecord>();
  for (const c of changes) {
    if (c.category !== 'land' || !matchesSubscription(c, subscription)) continue;
    const seen = latest.get(c.documentKey);
    if (!seen || seen.version < c.version) latest.set(c.documentKey, c); // a revision's deadlines replace the earlier ones
  }
  const events = [...latest.values()].flatMap((c) => deadlineEvents(c, { evidenceUrl: options.evidenceUrl(c.changeId) }));
  return buildIcs('公报哨兵 · 土地征收期限', events, options.stamp);
}
