/**
 * A webhook's delivery health after one delivery: success clears the failure run; a failure starts or
 * extends it, and a run of failures 7 days long disables the webhook (the caller then tells the subscriber). Pure.
 */
import type { StoredWebhook, WebhookFailure } from './schema.ts';

export const DISABLE_AFTER_MS = 7 * 24 * 3600 * 1000;

export type HealthChange = { webhook: StoredWebhook; disabledNow: boolean };

export function afterSuccess(webhook: StoredWebhook, at: Date): HealthChange {
  return { webhook: { ...webhook, failingSince: null, lastSuccessAt: at.toISOString() }, disabledNow: false };
}

export function afterFailure(webhook: StoredWebhook, failure: WebhookFailure): HealthChange {
  const failingSince = webhook.failingSince ?? failure.at;
  const expired = Date.parse(failure.at) - Date.parse(failingSince) >= DISABLE_AFTER_MS;
  const disabledNow = expired && webhook.status === 'active';
  return {
    webhook: { ...webhook, failingSince, lastFailure: failure, ...(disabledNow ? { status: 'disabled' as const, disabledAt: failure.at } : {}) },
    disabledNow,
  };
}
