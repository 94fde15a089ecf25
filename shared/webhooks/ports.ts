/** What webhook delivery needs from storage beyond the deliveries table. */
import type { StoredWebhook } from './schema.ts';

export interface WebhookStateStore {
  /**
   * Applies `change` to one webhook on the subscriber's record (a conditional write, retried on a concurrent
   * update); resolves to the stored webhook, or null when the subscriber or the webhook is gone.
   */
  update(subscriberId: string, webhookId: string, change: (webhook: StoredWebhook) => StoredWebhook): Promise<StoredWebhook | null>;
}
