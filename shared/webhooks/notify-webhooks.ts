/**
 * The webhook side of notify and digest. notify: one change → every immediate subscriber it matches (the
 * mail matcher) gets it on their webhooks. digest: every subscriber of the frequency whose digest mail of
 * this period was claimed gets the same changes (the mail digest's covers) on their webhooks.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { DigestEvent } from '../model/messages.ts';
import type { Subscription } from '../model/subscription.ts';
import { formatDateZh, formatWeekZh } from '../notify/format.ts';
import { alertLabel } from '../notify/labels.ts';
import { matchesSubscription } from '../notify/match.ts';
import { digestPeriod } from '../notify/period.ts';
import type { ChangeRepository, SubscriberRepository } from '../store/ports.ts';
import { deliverToWebhooks, type WebhookDeliveryDeps, type WebhookResult } from './deliver.ts';

export interface WebhookStageDeps extends WebhookDeliveryDeps {
  changes: ChangeRepository;
  subscribers: SubscriberRepository;
}

export interface WebhookStageOutcome {
  delivered: number;
  failed: number;
  alreadyDone: number;
  results: Array<WebhookResult & { subscriberId: string }>;
}

/** Another worker holds some deliveries: the message is retried for them (nothing is posted twice). */
export class WebhooksBusyError extends Error {
  constructor(readonly busy: Array<{ subscriberId: string; webhookId: string }>) {
    super(`webhook deliveries being sent by another worker: ${busy.map((b) => `${b.subscriberId}/${b.webhookId}`).join(', ')}`);
    this.name = 'WebhooksBusyError';
  }
}

const hasActiveWebhook = (s: Subscription): boolean => (s.webhooks ?? []).some((w) => w.status === 'active');

function tally(results: Array<WebhookResult & { subscriberId: string }>): WebhookStageOutcome {
  const busy = results.filter((r) => r.result === 'busy');
  if (busy.length > 0) throw new WebhooksBusyError(busy);
  return {
    delivered: results.filter((r) => r.result === 'delivered').length,
    failed: results.filter((r) => r.result === 'failed').length,
    alreadyDone: results.filter((r) => r.result === 'done').length,
    results,
  };
}

export async function notifyWebhooks(changeId: string, deps: WebhookStageDeps): Promise<WebhookStageOutcome> {
  const change = await deps.changes.get(changeId);
  if (!change) throw new Error(`变更记录不存在 change ${changeId} not found`);
  const results: Array<WebhookResult & { subscriberId: string }> = [];
  for (const s of await deps.subscribers.listActive()) {
    if (s.frequency !== 'immediate' || !hasActiveWebhook(s) || !matchesSubscription(change, s)) continue;
    const heading = `公报哨兵 · ${alertLabel(change.category, change.subtype)}`;
    for (const r of await deliverToWebhooks(s, { key: change.changeId, event: 'change', heading, changes: [change] }, deps)) results.push({ ...r, subscriberId: s.subscriberId });
  }
  return tally(results);
}

export async function digestWebhooks(event: DigestEvent, deps: WebhookStageDeps): Promise<WebhookStageOutcome> {
  const at = event.at ? new Date(event.at) : deps.now();
  const period = digestPeriod(event.frequency, at);
  const key = `DIGEST#${event.frequency}#${period}`;
  const heading = `公报哨兵 · ${event.frequency === 'daily' ? `每日摘要（${formatDateZh(period)}）` : `每周摘要（${formatWeekZh(period)}）`}`;
  const results: Array<WebhookResult & { subscriberId: string }> = [];
  for (const s of await deps.subscribers.listActive()) {
    if (s.frequency !== event.frequency || !hasActiveWebhook(s)) continue;
    const claims = await deps.deliveries.listDeliveries(s.subscriberId, key);
    const digest = claims.find((c) => c.deliveryKey === key && c.state !== 'sending');
    if (!digest) continue;
    const changes = (await Promise.all(digest.covers.map((id) => deps.changes.get(id)))).filter((c): c is ChangeRecord => c !== null);
    for (const r of await deliverToWebhooks(s, { key, event: 'digest', heading, changes }, deps)) results.push({ ...r, subscriberId: s.subscriberId });
  }
  return tally(results);
}
