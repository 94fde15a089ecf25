/**
 * The manage page's webhooks and feeds through the local API server on the emulators: add (checked per platform
 * and by the address guard), list masked with health, re-enable, remove, reset the private feed URL — as forms
 * (the page again) and as JSON — with every refusal in Chinese and nothing stored by a refused post.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import type { ApiServer } from '../../../infra/local/api-server.ts';
import type { LocalBackend } from '../../../infra/local/backend.ts';
import { subscriberFeedUrl } from '../../../shared/feeds/feed-token.ts';
import { subscriptionSchema, type Subscription } from '../../../shared/model/subscription.ts';
import { signToken } from '../../../shared/notify/tokens.ts';
import { startApiBackend, type ApiBackend } from '../../support/api-backend.ts';

const NOW = new Date('2026-11-20T02:00:00Z');
const DING_TOKEN = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0';
const DING_SECRET = 'SEC9f8e7d6c5b4a39f8e7d6c5b4a39f8e7d6c5b4a3wxyz';
const dingUrl = `https://oapi.dingtalk.com/robot/send?access_token=${DING_TOKEN}`;

describe('webhooks and feeds on the manage page', () => {
  let backend: LocalBackend;
  let api: ApiServer;
  let a: ReturnType<typeof adapters>;
  let subscriber: Subscription;

  let env: ApiBackend;

  beforeAll(async () => {
    env = await startApiBackend('gw-manage-', { now: NOW, limits: { client: { name: 'client', limit: 1000, windowSeconds: 600 }, clientSubscribe: { name: 'client-subscribe', limit: 20, windowSeconds: 3600 }, address: { name: 'address', limit: 5, windowSeconds: 3600 } } });
    ({ backend, api, a } = env);
    subscriber = subscriptionSchema.parse({
      subscriberId: 'manage-hooks',
      email: 'manage-hooks@example.com',
      status: 'active',
      filters: { categories: ['land'] },
      frequency: 'immediate',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    await a.subscribers.put(subscriber);
  });
  afterAll(async () => {
    await env?.close();
  });

  const token = (expiresAt = NOW.getTime() + 3600_000) => encodeURIComponent(signToken(backend.runtime.config.tokenSecret, { subscriberId: subscriber.subscriberId, purpose: 'preferences', expiresAt }));
  const form = (path: string, fields: Record<string, string>, t = token()) =>
    fetch(`${api.url}${path}?token=${t}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const json = (path: string, body: Record<string, unknown>) =>
    fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: decodeURIComponent(token()), ...body }) });
  const hooks = async () => (await a.subscribers.get(subscriber.subscriberId))?.webhooks ?? [];

  it('shows no webhook yet, the private Atom feed URL of generation 0 and the calendar feed', async () => {
    const page = await (await fetch(`${api.url}/preferences?token=${token()}`)).text();
    expect(page).toContain('还没有添加 Webhook');
    expect(page).toContain(subscriberFeedUrl(api.url, backend.runtime.config.tokenSecret, subscriber));
    expect(page).toMatch(new RegExp(`${api.url}/calendar/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}\\.ics`));
    expect(page).toContain('action="feed-reset?token=');
  });

  it('adds a DingTalk robot from the form: stored in full, shown masked with a notice', async () => {
    const res = await form('/webhooks', { kind: 'dingtalk', url: dingUrl, secret: DING_SECRET });
    expect(res.status).toBe(201);
    const page = await res.text();
    expect(page).toContain('Webhook 已添加');
    expect(page).toContain('钉钉群机器人');
    expect(page).not.toContain(DING_TOKEN);
    expect(page).not.toContain(DING_SECRET);
    expect(page).toContain('access_token=••••a9b0');
    expect(page).toContain('••••wxyz');
    expect(page).toContain('尚未成功推送过');
    expect(await hooks()).toMatchObject([{ id: 'dingtalk-1', kind: 'dingtalk', url: dingUrl, secret: DING_SECRET, status: 'active' }]);
  });

  it('refuses a URL of the wrong form for its platform in Chinese, keeps what was typed and stores nothing', async () => {
    const res = await form('/webhooks', { kind: 'wecom', url: 'https://example.com/hook', secret: '' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Webhook 未添加，请修改以下内容');
    expect(page).toContain('地址格式应为 the URL should look like https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…');
    expect(page).toContain('value="https://example.com/hook"');
    expect(page).toMatch(/id="w-url"[^>]*aria-invalid="true"/);
    expect(await hooks()).toHaveLength(1);
    const noSecret = await form('/webhooks', { kind: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c-aaaa-bbbb', secret: '' });
    expect(await noSecret.text()).toContain('请填写签名密钥');
  });

  it('shows the address guard verdict in Chinese for a private or loopback target, as a page and as JSON', async () => {
    const res = await form('/webhooks', { kind: 'generic', url: 'https://10.20.30.40/gw', secret: 'generic-signing-secret' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('不能使用此地址：10.20.30.40 指向内网私有地址 10.20.30.40');
    const viaJson = await json('/webhooks', { kind: 'generic', url: 'https://localhost/gw', secret: 'generic-signing-secret' });
    expect(viaJson.status).toBe(400);
    const body = (await viaJson.json()) as { ok: boolean; error: { code: string; issues: { field: string; message: string }[] } };
    expect(body.error.code).toBe('bad-request');
    expect(body.error.issues[0]).toMatchObject({ field: 'url' });
    expect(body.error.issues[0]?.message).toMatch(/localhost 指向本机回环地址 (127\.0\.0\.1|::1)/);
    expect(await hooks()).toHaveLength(1);
  });

  it('refuses the same URL twice (409) and a generic webhook by JSON is added and listed masked', async () => {
    const again = await form('/webhooks', { kind: 'dingtalk', url: dingUrl, secret: DING_SECRET });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('该地址已添加');
    const res = await json('/webhooks', { kind: 'generic', url: 'https://8.8.8.8/gazette-hook', secret: 'generic-signing-secret-1234' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { webhook: { id: string; secret: string }; webhooks: { id: string }[]; feedUrl: string };
    expect(body.webhook).toMatchObject({ id: 'generic-2', secret: '••••1234' });
    expect(body.webhooks.map((w) => w.id)).toEqual(['dingtalk-1', 'generic-2']);
    const listed = (await (await fetch(`${api.url}/preferences?token=${token()}`, { headers: { accept: 'application/json' } })).json()) as { webhooks: { url: string }[] };
    expect(JSON.stringify(listed)).not.toContain(DING_TOKEN);
  });

  it('shows a disabled webhook with its health and re-enables it, forgetting its failure run', async () => {
    const current = (await a.subscribers.get(subscriber.subscriberId))!;
    const failing = '2026-11-12T01:00:00.000Z';
    const disabledAt = '2026-11-19T02:00:00.000Z';
    await a.subscribers.put({
      ...current,
      webhooks: current.webhooks!.map((w) => (w.id === 'dingtalk-1' ? { ...w, status: 'disabled', disabledAt, failingSince: failing, lastFailure: { at: disabledAt, status: 403, reason: '钉钉拒绝：签名不匹配 sign not match' } } : w)),
    });
    const page = await (await fetch(`${api.url}/preferences?token=${token()}`)).text();
    expect(page).toContain('已停用</strong>（自 2026年11月19日 10:00（北京时间） 起');
    expect(page).toContain('钉钉拒绝：签名不匹配 sign not match（HTTP 403）');
    expect(page).toContain('自 2026年11月12日 09:00（北京时间） 起连续失败');
    expect(page).toContain('重新启用 dingtalk-1');
    expect(page).not.toContain('重新启用 generic-2');
    const res = await form('/webhooks', { action: 'enable', webhookId: 'dingtalk-1' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Webhook 已重新启用');
    expect((await hooks()).find((w) => w.id === 'dingtalk-1')).toMatchObject({ status: 'active', disabledAt: null, failingSince: null });
  });

  it('removes a webhook; an unknown or malformed id is refused and changes nothing', async () => {
    const unknown = await form('/webhooks', { action: 'remove', webhookId: 'feishu-9' });
    expect(unknown.status).toBe(409);
    expect(await unknown.text()).toContain('没有编号为 feishu-9 的 Webhook');
    const malformed = await form('/webhooks', { action: 'remove', webhookId: '../x' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('Webhook 编号无效');
    const unknownAction = await form('/webhooks', { action: 'delete-all', webhookId: 'dingtalk-1' });
    expect(unknownAction.status).toBe(400);
    expect(await unknownAction.text()).toContain('未知的操作');
    expect(await hooks()).toHaveLength(2);
    const res = await form('/webhooks', { action: 'remove', webhookId: 'generic-2' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Webhook 已删除');
    expect((await hooks()).map((w) => w.id)).toEqual(['dingtalk-1']);
  });

  it('resets the private feed: the old URL stops answering, the new one (shown on the page) works', async () => {
    const oldUrl = subscriberFeedUrl(api.url, backend.runtime.config.tokenSecret, (await a.subscribers.get(subscriber.subscriberId))!);
    expect((await fetch(oldUrl)).status).toBe(200);
    const res = await form('/feed-reset', {});
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('订阅源地址已重置');
    const stored = (await a.subscribers.get(subscriber.subscriberId))!;
    expect(stored.feedGeneration).toBe(1);
    const newUrl = subscriberFeedUrl(api.url, backend.runtime.config.tokenSecret, stored);
    expect(newUrl).not.toBe(oldUrl);
    expect(page).toContain(newUrl);
    expect(page).not.toContain(oldUrl);
    expect((await fetch(oldUrl)).status).toBe(404);
    expect((await fetch(newUrl)).status).toBe(200);
  });

  it('needs a valid preferences link: forged is 401, expired shows the renew page, and nothing changes', async () => {
    const before = await a.subscribers.get(subscriber.subscriberId);
    const forged = await form('/feed-reset', {}, encodeURIComponent(signToken('another-secret-entirely', { subscriberId: subscriber.subscriberId, purpose: 'preferences', expiresAt: NOW.getTime() + 3600_000 })));
    expect(forged.status).toBe(401);
    const expired = await form('/webhooks', { action: 'remove', webhookId: 'dingtalk-1' }, token(NOW.getTime() - 1000));
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('设置链接已过期');
    const unsubscribeToken = encodeURIComponent(signToken(backend.runtime.config.tokenSecret, { subscriberId: subscriber.subscriberId, purpose: 'unsubscribe', expiresAt: 0 }));
    expect((await form('/feed-reset', {}, unsubscribeToken)).status).toBe(401);
    expect(await a.subscribers.get(subscriber.subscriberId)).toEqual(before);
  });
});
