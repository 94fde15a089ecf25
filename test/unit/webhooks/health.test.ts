import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, DISABLE_AFTER_MS } from '../../../shared/webhooks/health.ts';
import { storedWebhookSchema } from '../../../shared/webhooks/schema.ts';

const start = new Date('2026-11-01T00:00:00.000Z');
const hook = storedWebhookSchema.parse({ id: 'g-1', kind: 'generic', url: 'https://hooks.example.org/x', secret: 's', createdAt: start.toISOString() });
const failure = (ms: number) => ({ at: new Date(start.getTime() + ms).toISOString(), status: 503, reason: 'HTTP 503' });

describe('webhook health: 7 days of failures disable it', () => {
  it('keeps the start of a failure run and disables once it is 7 days long', () => {
    let w = afterFailure(hook, failure(0)).webhook;
    expect(w.failingSince).toBe(start.toISOString());
    const almost = afterFailure(w, failure(DISABLE_AFTER_MS - 1));
    expect(almost.disabledNow).toBe(false);
    expect(almost.webhook.status).toBe('active');
    w = almost.webhook;
    const week = afterFailure(w, failure(DISABLE_AFTER_MS));
    expect(week.disabledNow).toBe(true);
    expect(week.webhook).toMatchObject({ status: 'disabled', disabledAt: failure(DISABLE_AFTER_MS).at, failingSince: start.toISOString() });
    // A later failure of a disabled webhook does not disable (or mail) again.
    expect(afterFailure(week.webhook, failure(DISABLE_AFTER_MS + 1)).disabledNow).toBe(false);
  });
  it('a success in between starts the count again', () => {
    const failing = afterFailure(hook, failure(0)).webhook;
    const healed = afterSuccess(failing, new Date(start.getTime() + DISABLE_AFTER_MS / 2)).webhook;
    expect(healed.failingSince).toBeNull();
    const again = afterFailure(healed, failure(DISABLE_AFTER_MS));
    expect(again.disabledNow).toBe(false);
    expect(again.webhook.failingSince).toBe(failure(DISABLE_AFTER_MS).at);
  });
});
