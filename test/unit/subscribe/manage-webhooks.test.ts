/** Error paths of the manage page's webhook actions: nothing is stored when the guard or the settings refuse. */
import { describe, expect, it } from 'vitest';
import { subscriptionSchema, type Subscription } from '../../../shared/model/subscription.ts';
import { applyWebhookAction, WebhookSettingsError, WebhookTargetRefused } from '../../../shared/subscribe/manage-webhooks.ts';
import { webhookFieldsSchema } from '../../../shared/subscribe/schemas.ts';
import { MAX_WEBHOOKS } from '../../../shared/webhooks/schema.ts';

const now = new Date('2026-11-20T02:00:00Z');
const base = subscriptionSchema.parse({ subscriberId: 's', email: 's@example.com', status: 'active', filters: {}, frequency: 'daily', createdAt: now.toISOString(), updatedAt: now.toISOString() });

function recorder() {
  const puts: Subscription[] = [];
  return { puts, deps: { now: () => now, subscribers: { put: async (s: Subscription) => void puts.push(s) } } };
}
const input = (url: string) => webhookFieldsSchema.parse({ kind: 'generic', url, secret: 'generic-secret-abcdef' });

describe('applyWebhookAction', () => {
  it('stores nothing when the address guard refuses the target', async () => {
    const r = recorder();
    await expect(applyWebhookAction(base, { kind: 'add', input: input('https://192.168.1.10/hook') }, r.deps)).rejects.toBeInstanceOf(WebhookTargetRefused);
    const resolve = async () => ['10.0.0.8'];
    await expect(applyWebhookAction(base, { kind: 'add', input: input('https://hooks.example.com/x') }, r.deps, { resolve })).rejects.toThrow(/10\.0\.0\.8/);
    expect(r.puts).toEqual([]);
  });
  it('stores nothing past the limit, for a duplicate URL or an unknown id', async () => {
    const r = recorder();
    const resolve = async () => ['93.184.215.14'];
    let s = base;
    for (let i = 0; i < MAX_WEBHOOKS; i++) s = (await applyWebhookAction(s, { kind: 'add', input: input(`https://hooks.example.com/${i}`) }, r.deps, { resolve })).subscription;
    expect(r.puts).toHaveLength(MAX_WEBHOOKS);
    await expect(applyWebhookAction(s, { kind: 'add', input: input('https://hooks.example.com/more') }, r.deps, { resolve })).rejects.toThrow(/最多 10 个/);
    await expect(applyWebhookAction(base, { kind: 'remove', webhookId: 'generic-1' }, r.deps)).rejects.toBeInstanceOf(WebhookSettingsError);
    await expect(applyWebhookAction(base, { kind: 'enable', webhookId: 'nope' }, r.deps)).rejects.toBeInstanceOf(WebhookSettingsError);
    expect(r.puts).toHaveLength(MAX_WEBHOOKS);
  });
  it('a reset raises the feed generation and stores it', async () => {
    const r = recorder();
    const { subscription } = await applyWebhookAction({ ...base, feedGeneration: 3 }, { kind: 'reset-feed' }, r.deps);
    expect(subscription.feedGeneration).toBe(4);
    expect(r.puts[0]?.feedGeneration).toBe(4);
  });
});
