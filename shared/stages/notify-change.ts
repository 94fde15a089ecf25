import { matchesSubscription } from '../notify/match.ts';
import { renderAlert } from '../notify/render-alert.ts';
import type { MailLinks } from '../notify/render-digest.ts';
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
  /** Addresses the mail provider refused for good (recorded on the delivery and the subscriber). */
  rejected: { subscriberId: string; reason: string }[];
}

/** Some subscriptions of a change could not be served this time; the message is retried for them only. */
export class NotifyIncompleteError extends Error {
  constructor(
    readonly outcome: NotifyOutcome,
    readonly pending: { subscriberId: string; reason: string }[],
  ) {
    super(`变更 ${outcome.changeId}: ${pending.length} 个订阅稍后重试 retried later: ${pending.map((p) => `${p.subscriberId} (${p.reason})`).join('; ')}`);
    this.name = 'NotifyIncompleteError';
  }
}

/**
 * One change → the active subscriptions it matches: an alert now for 'immediate', else queued for the digest.
 * Each subscription on its own: a refused address is recorded and skipped; one that failed retryably, or whose
 * alert another worker is sending right now, does not stop the rest — the message fails afterwards so the queue
 * retries it, and the retry sends nothing twice (every alert is claimed per subscriber and change).
 */
export async function notifyChange(message: NotifyMessage, deps: NotifyDeps): Promise<NotifyOutcome> {
  const change = await deps.changes.get(message.changeId);
  if (!change) throw new Error(`变更记录不存在 change ${message.changeId} not found`);
  const outcome: NotifyOutcome = { changeId: change.changeId, matched: 0, alertsSent: 0, queuedForDigest: 0, rejected: [] };
  const pending: { subscriberId: string; reason: string }[] = [];
  for (const subscription of await deps.subscribers.listActive()) {
    if (!matchesSubscription(change, subscription)) continue;
    outcome.matched++;
    const { subscriberId } = subscription;
    try {
      if (subscription.frequency === 'immediate') {
        const alert = { covers: [change.changeId], render: (_covers: string[], links: MailLinks) => renderAlert({ subscription, change, links }) };
        const sent = await sendOnce(subscription, `ALERT#${change.changeId}`, alert, deps);
        if (sent.kind === 'sent') outcome.alertsSent++;
        if (sent.kind === 'rejected') outcome.rejected.push({ subscriberId, reason: sent.reason });
        if (sent.kind === 'busy') pending.push({ subscriberId, reason: `另一进程正在发送 being sent by another worker until ${sent.leaseUntil}` });
      } else {
        await deps.deliveries.queue(subscriberId, change.changeId, subscription.frequency, deps.now().toISOString());
        outcome.queuedForDigest++;
      }
    } catch (err) {
      pending.push({ subscriberId, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  if (pending.length > 0) throw new NotifyIncompleteError(outcome, pending);
  return outcome;
}
