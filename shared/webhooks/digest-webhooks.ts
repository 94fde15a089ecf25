/**
 * The webhook side of digests: every subscriber of the frequency whose digest mail of this period was
 * claimed gets the same changes (the mail digest's covers) on their webhooks, once per period.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { DigestEvent } from '../model/messages.ts';
import { formatDateZh, formatWeekZh } from '../notify/format.ts';
import { digestPeriod } from '../notify/period.ts';
import { deliverToWebhooks, type WebhookResult } from './deliver.ts';
import { hasActiveWebhook, tally, type WebhookStageDeps, type WebhookStageOutcome } from './stage-outcome.ts';

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
