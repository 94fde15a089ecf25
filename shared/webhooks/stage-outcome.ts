/** What the notify and digest webhook steps share: their dependencies, outcome and the busy error. */
import type { Subscription } from '../model/subscription.ts';
import type { ChangeRepository, SubscriberRepository } from '../store/ports.ts';
import type { WebhookDeliveryDeps, WebhookResult } from './deliver.ts';

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

export const hasActiveWebhook = (s: Subscription): boolean => (s.webhooks ?? []).some((w) => w.status === 'active');

export function tally(results: Array<WebhookResult & { subscriberId: string }>): WebhookStageOutcome {
  const busy = results.filter((r) => r.result === 'busy');
  if (busy.length > 0) throw new WebhooksBusyError(busy);
  return {
    delivered: results.filter((r) => r.result === 'delivered').length,
    failed: results.filter((r) => r.result === 'failed').length,
    alreadyDone: results.filter((r) => r.result === 'done').length,
    results,
  };
}

