import { matchesSubscription } from '../notify/match.ts';
import { renderAlert } from '../notify/render-alert.ts';
import type { NotifyMessage } from '../model/messages.ts';
import type { ChangeRepository, SubscriberRepository } from '../store/ports.ts';
import { sendOnce, type SendMailDeps } from './send-mail.ts';

export interface NotifyDeps extends SendMailDeps {
  changes: ChangeRepository;
  subscribers: SubscriberRepository;
}

export interface NotifyOutcome {
  changeId: string;
  matched: number;
  alertsSent: number;
  queuedForDigest: number;
}

/** One change → the active subscriptions it matches: an alert now for 'immediate', else queued for the digest. */
export async function notifyChange(message: NotifyMessage, deps: NotifyDeps): Promise<NotifyOutcome> {
  const change = await deps.changes.get(message.changeId);
  if (!change) throw new Error(`变更记录不存在 change ${message.changeId} not found`);
  const outcome: NotifyOutcome = { changeId: change.changeId, matched: 0, alertsSent: 0, queuedForDigest: 0 };
  for (const subscription of await deps.subscribers.listActive()) {
    if (!matchesSubscription(change, subscription)) continue;
    outcome.matched++;
    if (subscription.frequency === 'immediate') {
      const sent = await sendOnce(subscription, `ALERT#${change.changeId}`, (links) => renderAlert({ subscription, change, links }), deps);
      if (sent === 'sent') outcome.alertsSent++;
    } else {
      await deps.deliveries.queue(subscription.subscriberId, change.changeId, subscription.frequency, deps.now().toISOString());
      outcome.queuedForDigest++;
    }
  }
  return outcome;
}
