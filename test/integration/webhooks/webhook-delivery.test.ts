/**
 * Webhooks on the local cloud: the real notify and digest handlers over dynalite (deliveries claimed with
 * conditional writes, health on the subscriber record), posting over HTTP to the local receiver, which checks
 * every signature the way its platform does. Only the backoff waits are shortened.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDigestHandler } from '../../../functions/digest.ts';
import { createNotifyHandler } from '../../../functions/notify.ts';
import { feedRouteDeps } from '../../../functions/runtime/feed-routes.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { subscribeDeps } from '../../../functions/api.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { startWebhookReceiver, type Endpoint, type WebhookReceiver } from '../../../infra/local/webhook-receiver.ts';
import { handleFeedRoute } from '../../../shared/feeds/feed-routes.ts';
import { subscriberFeedUrl } from '../../../shared/feeds/feed-token.ts';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';
import { subscriptionSchema, type Subscription } from '../../../shared/model/subscription.ts';
import { DISABLE_AFTER_MS } from '../../../shared/webhooks/health.ts';
import { defaultPostPolicy } from '../../../shared/webhooks/post.ts';
import type { WebhookKind } from '../../../shared/webhooks/schema.ts';

const fixture = (name: string): ChangeRecord =>
  changeRecordSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/changes/${name}.json`, import.meta.url), 'utf8')));

describe('webhook delivery on the local cloud', () => {
  let backend: LocalBackend;
  let receiver: WebhookReceiver;
  let a: ReturnType<typeof adapters>;
  let dir: string;
  let now = new Date('2026-12-01T01:00:00.000Z');
  const sleeps: number[] = [];
  let land: ChangeRecord;
  let appointment: ChangeRecord;
  let notify: ReturnType<typeof createNotifyHandler>;
  let digest: ReturnType<typeof createDigestHandler>;

  const secretFor = (kind: WebhookKind) => (kind === 'wecom' ? null : `${kind}-secret-for-tests-0001`);
  async function subscriberWith(id: string, kinds: WebhookKind[], frequency: Subscription['frequency'] = 'immediate'): Promise<Subscription> {
    const webhooks = kinds.map((kind, i) => {
      const endpoint: Endpoint = { kind, name: `${id}-${kind}-${i}`, secret: secretFor(kind) };
      return { id: `${kind}-${i}`, kind, url: receiver.register(endpoint), secret: endpoint.secret, createdAt: now.toISOString() };
    });
    const s = subscriptionSchema.parse({ subscriberId: id, email: `${id}@example.com`, status: 'active', frequency, filters: {}, webhooks, createdAt: now.toISOString(), updatedAt: now.toISOString() });
    await a.subscribers.put(s);
    return s;
  }
  const got = (id: string) => receiver.received.filter((d) => d.endpoint.startsWith(`${id}-`));
  const runNotify = async (change: ChangeRecord) => {
    await backend.queue.send('notify', { changeId: change.changeId });
    return backend.queue.drain('notify', notify);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gw-webhooks-'));
    backend = await startLocalBackend({ dir, now });
    backend.setNow(now);
    a = adapters(backend.runtime);
    receiver = await startWebhookReceiver({ dir: join(dir, 'webhooks'), now: () => backend.runtime.now() });
    const webhooks = { policy: { ...defaultPostPolicy, timeoutMs: 1500, allowedOrigins: [receiver.origin] }, sleep: async (ms: number) => void sleeps.push(ms) };
    notify = createNotifyHandler(() => backend.runtime, { webhooks });
    digest = createDigestHandler(() => backend.runtime, { webhooks });
    land = fixture('land-recovery-taiyuan');
    appointment = fixture('appointment-shanyin');
    for (const c of [land, appointment]) await a.changes.create(c);
  });
  afterAll(async () => {
    await receiver.close();
    await backend.close();
  });
  beforeEach(() => {
    sleeps.length = 0;
  });

  it('notify delivers to DingTalk, WeCom, Feishu and generic, each verified as the platform would; a replay delivers nothing twice', async () => {
    await subscriberWith('all-kinds', ['dingtalk', 'wecom', 'feishu', 'generic']);
    expect(await runNotify(land)).toBe(1);
    const first = got('all-kinds');
    expect(first.map((d) => d.kind).sort()).toEqual(['dingtalk', 'feishu', 'generic', 'wecom']);
    for (const d of first) {
      expect(d.verified, `${d.kind}: ${d.refusal}`).toBe(true);
      expect(d.answer).not.toBe('timeout');
    }
    const deliveries = await a.deliveries.listDeliveries('all-kinds', 'HOOK#');
    expect(deliveries.map((d) => d.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(deliveries.every((d) => d.covers.includes(land.changeId))).toBe(true);
    // Files as npm start writes them: NNN-<kind>.json with headers and body.
    const files = readdirSync(join(dir, 'webhooks'));
    expect(files).toEqual(expect.arrayContaining(first.map((d) => `${String(d.n).padStart(3, '0')}-${d.kind}.json`)));

    expect(await runNotify(land)).toBe(1);
    expect(got('all-kinds')).toHaveLength(4);
    const profile = await a.subscribers.get('all-kinds');
    expect(profile?.webhooks?.every((w) => w.lastSuccessAt !== null && w.failingSince === null)).toBe(true);
  });

  it('a 5xx, then 200: one delivery after a retry with backoff', async () => {
    await subscriberWith('flaky', ['dingtalk']);
    receiver.script('flaky-dingtalk-0', [503]);
    await runNotify(appointment);
    const requests = got('flaky');
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => (r.answer === 'timeout' ? 'timeout' : r.answer.status))).toEqual([503, 200]);
    expect(requests[1]?.verified).toBe(true);
    expect(sleeps).toEqual([defaultPostPolicy.backoffMs]);
    const [delivery] = await a.deliveries.listDeliveries('flaky', 'HOOK#');
    expect(delivery?.state).toBe('sent');
  });

  it('a timeout is retried like a 5xx', async () => {
    await subscriberWith('slow', ['generic']);
    receiver.script('slow-generic-0', ['timeout']);
    await runNotify(appointment);
    expect(got('slow').map((r) => (r.answer === 'timeout' ? 'timeout' : r.answer.status))).toEqual(['timeout', 200]);
  });

  it('a 4xx is not retried; the failure is recorded on the delivery and the subscriber', async () => {
    await subscriberWith('gone', ['generic']);
    receiver.script('gone-generic-0', [404]);
    await runNotify(appointment);
    expect(got('gone')).toHaveLength(1);
    const [delivery] = await a.deliveries.listDeliveries('gone', 'HOOK#');
    expect(delivery).toMatchObject({ state: 'rejected', reason: expect.stringMatching(/404/) });
    const hook = (await a.subscribers.get('gone'))?.webhooks?.[0];
    expect(hook).toMatchObject({ status: 'active', failingSince: now.toISOString(), lastFailure: { status: 404 } });
    // Replaying does not try again.
    await runNotify(appointment);
    expect(got('gone')).toHaveLength(1);
  });

  it('a wrong secret is refused by the platform (HTTP 200 with its error code) and recorded, not retried', async () => {
    const s = await subscriberWith('wrong-secret', ['feishu']);
    const hook = s.webhooks![0]!;
    await a.subscribers.put({ ...s, webhooks: [{ ...hook, secret: 'not-the-registered-secret' }] });
    await runNotify(appointment);
    const [request] = got('wrong-secret');
    expect(request?.verified).toBe(false);
    expect(got('wrong-secret')).toHaveLength(1);
    expect((await a.subscribers.get('wrong-secret'))?.webhooks?.[0]?.lastFailure?.reason).toMatch(/19021/);
  });

  it('after 7 days of failures the webhook is disabled and the subscriber gets one mail', async () => {
    await subscriberWith('broken', ['dingtalk']);
    receiver.script('broken-dingtalk-0', [400, 400]);
    await runNotify(land);
    const later = new Date(now.getTime() + DISABLE_AFTER_MS);
    backend.setNow(later);
    try {
      await runNotify(appointment);
      const hook = (await a.subscribers.get('broken'))?.webhooks?.[0];
      expect(hook).toMatchObject({ status: 'disabled', disabledAt: later.toISOString() });
      const mails = backend.outbox.sent.filter((m) => m.to === 'broken@example.com' && m.deliveryKey.startsWith('HOOK-OFF#'));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toContain('钉钉');
      // Disabled: nothing more is posted to it.
      const before = got('broken').length;
      await backend.queue.send('notify', { changeId: fixture('regulation-shanxi-relics').changeId });
      await a.changes.create(fixture('regulation-shanxi-relics'));
      await backend.queue.drain('notify', notify);
      expect(got('broken')).toHaveLength(before);
    } finally {
      backend.setNow(now);
    }
  });

  it('a digest subscriber gets the digest mail and the same changes on its webhook, once per period', async () => {
    await subscriberWith('daily-hook', ['wecom'], 'daily');
    await runNotify(land);
    await runNotify(appointment);
    const first = await digest({ frequency: 'daily', at: now.toISOString() });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const requests = got('daily-hook');
    expect(requests).toHaveLength(1);
    const content = ((requests[0]?.body as { markdown: { content: string } }).markdown.content);
    expect(content).toContain('每日摘要');
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);
    const covered = (await a.deliveries.listDeliveries('daily-hook', 'HOOK#'))[0]?.covers ?? [];
    expect(covered.sort()).toEqual([land.changeId, appointment.changeId].sort());
    await digest({ frequency: 'daily', at: now.toISOString() });
    expect(got('daily-hook')).toHaveLength(1);
  });

  it('an address guard refusal: a private target without the explicit allowance is never posted to', async () => {
    const guarded = createNotifyHandler(() => backend.runtime, { webhooks: { policy: { ...defaultPostPolicy, allowedOrigins: [] }, sleep: async () => undefined } });
    await subscriberWith('no-allowance', ['generic']);
    await backend.queue.send('notify', { changeId: appointment.changeId });
    await backend.queue.drain('notify', guarded);
    expect(got('no-allowance')).toHaveLength(0);
    expect((await a.subscribers.get('no-allowance'))?.webhooks?.[0]?.lastFailure?.reason).toMatch(/loopback|内网/);
  });

  it('the private Atom feed is served by the API route, parses back, and is revoked by a new generation', async () => {
    const s = await subscriberWith('feed-reader', []);
    // Feeds reach back FEED_DAYS: the fixtures as changes detected today.
    const today = now.toISOString().slice(0, 10);
    for (const c of [land, appointment]) await a.changes.create({ ...c, changeId: `${c.changeId}-today`, day: today, createdAt: now.toISOString() });
    const deps = feedRouteDeps(backend.runtime, subscribeDeps(backend.runtime));
    const url = new URL(subscriberFeedUrl(backend.runtime.config.publicBaseUrl, backend.runtime.config.tokenSecret, s));
    const get = (path: string) => handleFeedRoute({ method: 'GET', path, rawQuery: '', headers: {}, body: null, sourceIp: '127.0.0.1' }, deps);
    const res = await get(url.pathname);
    expect(res?.status).toBe(200);
    expect(res?.headers['content-type']).toMatch(/application\/atom\+xml/);
    const feed = parseFeed(res!.body);
    expect(feed.items.map((i) => i.title)).toEqual(expect.arrayContaining([land.title, appointment.title]));
    await a.subscribers.put({ ...s, feedGeneration: 1 });
    expect((await get(url.pathname))?.status).toBe(404);
    const publicFeed = await get('/feeds/category/land.atom');
    expect(parseFeed(publicFeed!.body).items.map((i) => i.title)).toContain(land.title);
    expect((await get('/feeds/category/sports.atom'))?.status).toBe(404);
  });
});
