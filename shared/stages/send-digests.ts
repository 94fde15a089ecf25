import { digestPeriod } from '../notify/period.ts';
import { renderDigest } from '../notify/render-digest.ts';
import type { ChangeRecord } from '../model/change.ts';
import type { DigestEvent } from '../model/messages.ts';
import type { Subscription } from '../model/subscription.ts';
import type { ChangeRepository, SubscriberRepository } from '../store/ports.ts';
import { sendOnce, type SendMailDeps } from './send-mail.ts';

export interface DigestDeps extends SendMailDeps {
  changes: ChangeRepository;
  subscribers: SubscriberRepository;
}

export interface DigestOutcome {
  frequency: DigestEvent['frequency'];
  period: string;
  sent: number;
  alreadySent: number;
  changes: number;
  /** Digests of an earlier period whose sender died, sent now with their own Message-ID and content. */
  resumed: number;
  /** Subscribers whose digest another run is sending right now (left to it). */
  busy: number;
  /** Addresses the mail provider refused for good (recorded; their items stay queued). */
  rejected: { subscriberId: string; reason: string }[];
  /** Subscribers that failed retryably this run (the next run, or a retry of this one, picks them up). */
  failed: { subscriberId: string; reason: string }[];
}


async function loadChanges(ids: string[], changes: ChangeRepository): Promise<ChangeRecord[]> {
  return (await Promise.all(ids.map((id) => changes.get(id)))).filter((c): c is ChangeRecord => c !== null);
}

/**
 * One subscriber's digest: first any earlier digest of this frequency left 'sending' (its run died) is resumed
 * — same covers, same Message-ID; then the queued changes no digest has covered yet are claimed for this period
 * and sent. Items already covered by a sent digest (their removal failed) are removed, never mailed again.
 */
async function digestFor(subscription: Subscription, queued: string[], event: DigestEvent, period: string, deps: DigestDeps, outcome: DigestOutcome): Promise<void> {
  const { subscriberId } = subscription;
  const key = `DIGEST#${event.frequency}#${period}`;
  const render = async (covers: string[], links: Parameters<typeof renderDigest>[0]['links'], forPeriod: string) =>
    renderDigest({ subscription, changes: await loadChanges(covers, deps.changes), period: forPeriod, links });
  const claims = await deps.deliveries.listDeliveries(subscriberId, `DIGEST#${event.frequency}#`);
  const settled = new Set<string>();
  for (const earlier of claims.filter((c) => c.state === 'sending' && c.deliveryKey !== key)) {
    const earlierPeriod = earlier.deliveryKey.split('#').slice(2).join('#');
    const result = await sendOnce(subscription, earlier.deliveryKey, { covers: earlier.covers, render: (c, l) => render(c, l, earlierPeriod) }, deps);
    if (result.kind === 'sent') {
      outcome.resumed++;
      for (const id of result.covers) settled.add(id);
    }
  }
  const covered = new Set(claims.filter((c) => c.state !== 'rejected').flatMap((c) => c.covers));
  for (const c of claims.filter((c) => c.state === 'sent')) for (const id of c.covers) settled.add(id);
  for (const id of queued.filter((id) => settled.has(id))) await deps.deliveries.removePending(subscriberId, id);

  const fresh = (await loadChanges(queued.filter((id) => !covered.has(id)), deps.changes)).map((c) => c.changeId);
  const current = claims.find((c) => c.deliveryKey === key);
  if (fresh.length === 0 && !current) return;
  const result = await sendOnce(subscription, key, { covers: fresh, render: (c, l) => render(c, l, period) }, deps);
  if (result.kind === 'sent') {
    outcome.sent++;
    outcome.changes += result.covers.length;
    for (const id of result.covers) await deps.deliveries.removePending(subscriberId, id);
  } else if (result.kind === 'done') outcome.alreadySent++;
  else if (result.kind === 'busy') outcome.busy++;
  else outcome.rejected.push({ subscriberId, reason: result.reason });
}

/**
 * One digest per subscriber with queued changes, at most once per (subscriber, period) under an owned lease:
 * a replay or an overlapping run sends nothing twice; a refused address or a failing subscriber does not stop
 * the others. Queued items are removed only after the mail is sent, and what each digest covered is recorded
 * with it, so an item whose removal failed is never mailed again.
 */
export async function sendDigests(event: DigestEvent, deps: DigestDeps): Promise<DigestOutcome> {
  const at = event.at ? new Date(event.at) : deps.now();
  const period = digestPeriod(event.frequency, at);
  const pending = await deps.deliveries.listPending(event.frequency);
  const bySubscriber = new Map<string, string[]>();
  for (const p of pending) bySubscriber.set(p.subscriberId, [...(bySubscriber.get(p.subscriberId) ?? []), p.changeId]);

  const outcome: DigestOutcome = { frequency: event.frequency, period, sent: 0, alreadySent: 0, changes: 0, resumed: 0, busy: 0, rejected: [], failed: [] };
  for (const [subscriberId, changeIds] of bySubscriber) {
    try {
      const subscription = await deps.subscribers.get(subscriberId);
      if (!subscription || subscription.status !== 'active') {
        for (const id of changeIds) await deps.deliveries.removePending(subscriberId, id);
        continue;
      }
      await digestFor(subscription, changeIds, event, period, deps, outcome);
    } catch (err) {
      outcome.failed.push({ subscriberId, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}
