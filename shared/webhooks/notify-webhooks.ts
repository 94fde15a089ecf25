/**
 * The webhook side of notify: one change → every immediate subscriber it matches (the mail matcher) gets it
 * on their webhooks. The digest side is digest-webhooks.ts (kept apart: it needs no matcher and no divisions data).
 */
import { alertLabel } from '../notify/labels.ts';
import { matchesSubscription } from '../notify/match.ts';
import { deliverToWebhooks, type WebhookResult } from './deliver.ts';
import { hasActiveWebhook, tally, type WebhookStageDeps, type WebhookStageOutcome } from './stage-outcome.ts';

export { WebhooksBusyError, type WebhookStageDeps, type WebhookStageOutcome } from './stage-outcome.ts';

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
