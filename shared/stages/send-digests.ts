import { digestPeriod } from '../notify/period.ts';
import { renderDigest } from '../notify/render-digest.ts';
import type { ChangeRecord } from '../model/change.ts';
import type { DigestEvent } from '../model/messages.ts';
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
}

/**
 * One digest per subscriber with queued changes, idempotent per (subscriber, period):
 * a replay sends nothing twice; queued items are removed only after the mail is sent.
 */
export async function sendDigests(event: DigestEvent, deps: DigestDeps): Promise<DigestOutcome> {
  const at = event.at ? new Date(event.at) : deps.now();
  const period = digestPeriod(event.frequency, at);
  const pending = await deps.deliveries.listPending(event.frequency);
  const bySubscriber = new Map<string, string[]>();
  for (const p of pending) bySubscriber.set(p.subscriberId, [...(bySubscriber.get(p.subscriberId) ?? []), p.changeId]);

  const outcome: DigestOutcome = { frequency: event.frequency, period, sent: 0, alreadySent: 0, changes: 0 };
  for (const [subscriberId, changeIds] of bySubscriber) {
    const subscription = await deps.subscribers.get(subscriberId);
    if (!subscription || subscription.status !== 'active') {
      for (const id of changeIds) await deps.deliveries.removePending(subscriberId, id);
      continue;
    }
    const changes = (await Promise.all(changeIds.map((id) => deps.changes.get(id)))).filter((c): c is ChangeRecord => c !== null);
    if (changes.length === 0) continue;
    const result = await sendOnce(
      subscription,
      `DIGEST#${event.frequency}#${period}`,
      (links) => renderDigest({ subscription, changes, period, links }),
      deps,
    );
    if (result === 'sent') {
      outcome.sent++;
      outcome.changes += changes.length;
      for (const id of changeIds) await deps.deliveries.removePending(subscriberId, id);
    } else {
      outcome.alreadySent++;
    }
  }
  return outcome;
}
