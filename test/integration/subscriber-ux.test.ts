/**
 * What a subscriber meets, on the emulators through the local API server: links that keep working,
 * forms that say what is wrong beside the field with the input kept, a welcome with real documents,
 * and answers that tell nothing about the address.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../functions/runtime/runtime.ts';
import type { ApiServer } from '../../infra/local/api-server.ts';
import { startLocalBackend, type LocalBackend } from '../../infra/local/backend.ts';
import { addSubscriber } from '../../shared/cli/commands/subscribers.ts';
import { UsageError } from '../../shared/cli/command.ts';
import { changeRecordSchema, type ChangeRecord } from '../../shared/model/change.ts';
import { subscriptionSchema, type Subscription } from '../../shared/model/subscription.ts';
import { signToken } from '../../shared/notify/tokens.ts';
import { SUBSCRIBE_FLOOR_MS } from '../../shared/subscribe/router.ts';
import { shanghaiDay } from '../../shared/util/shanghai-time.ts';
import { startApiBackend, type ApiBackend } from '../support/api-backend.ts';

const NOW = new Date('2026-11-20T02:00:00Z');
const YEAR_MS = 365 * 24 * 3600 * 1000;

describe('subscriber experience on the local cloud', () => {
  let backend: LocalBackend;
  let api: ApiServer;
  let a: ReturnType<typeof adapters>;

  let env: ApiBackend;

  beforeAll(async () => {
    env = await startApiBackend('gw-ux-', { now: NOW });
    ({ backend, api, a } = env);
  });
  afterAll(async () => {
    await env?.close();
  });

  const secret = () => backend.runtime.config.tokenSecret;
  const token = (subscriberId: string, purpose: 'preferences' | 'unsubscribe', expiresAt: number) => encodeURIComponent(signToken(secret(), { subscriberId, purpose, expiresAt }));
  const postForm = (url: string, fields: [string, string][]) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const put = async (email: string, status: Subscription['status'], filters: Partial<Subscription['filters']> = { categories: ['land'] }): Promise<Subscription> => {
    const s = subscriptionSchema.parse({
      subscriberId: `ux-${email.split('@')[0]}`,
      email,
      name: null,
      status,
      filters,
      frequency: 'daily',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    await a.subscribers.put(s);
    return s;
  };

  it('an unsubscribe link from a mail years old still unsubscribes (one-click POST)', async () => {
    const s = await put('old-alert@example.com', 'active');
    const url = `${api.url}/unsubscribe?token=${token(s.subscriberId, 'unsubscribe', NOW.getTime() - 2 * YEAR_MS)}`;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('确认退订');
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect((await a.subscribers.get(s.subscriberId))?.status).toBe('unsubscribed');
  });

  it('an expired preferences link offers a fresh one, mailed to the address on file, which works', async () => {
    const s = await put('expired-prefs@example.com', 'active');
    const old = `${api.url}/preferences?token=${token(s.subscriberId, 'preferences', NOW.getTime() - 1000)}`;
    const page = await fetch(old);
    expect(page.status).toBe(403);
    const body = await page.text();
    expect(body).toContain('设置链接已过期');
    const action = /<form method="post" action="([^"]+)"/.exec(body)?.[1]?.replace(/&amp;/g, '&');
    expect(action).toMatch(/^preferences\/renew\?token=/);

    const before = backend.outbox.sent.length;
    const renew = await fetch(new URL(action!, `${api.url}/preferences`), { method: 'POST' });
    expect(renew.status).toBe(202);
    const sent = await renew.text();
    expect(sent).toContain('请查收邮件');
    // Its way back leads to the subscription page, not to /preferences/ (an error).
    const back = /<a href="([^"]+)">返回订阅页<\/a>/.exec(sent)?.[1];
    const home = await fetch(new URL(back!, renew.url));
    expect(new URL(home.url).pathname).toBe('/');
    expect(home.status).toBe(200);
    const mails = backend.outbox.sent.slice(before);
    expect(mails.map((m) => m.to)).toEqual(['expired-prefs@example.com']);
    const parsed = await simpleParser(mails[0]!.raw);
    const fresh = new RegExp(`${api.url}/preferences\\?token=[A-Za-z0-9%_.-]+`).exec(parsed.text ?? '')?.[0];
    expect(fresh).toBeDefined();
    expect((await fetch(fresh!)).status).toBe(200);

    // JSON clients get the 403 with the renew route named, not a page.
    const json = await fetch(old, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(403);
    expect(((await json.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'expired-token' });
  });

  it('a form with mistakes comes back with the input kept, each message by its field, no validator wording', async () => {
    const res = await postForm(`${api.url}/subscribe`, [
      ['email', 'not-an-address'],
      ['jurisdictions', '火星市、吕粱市'],
      ['places', '西属八街道，滨河北路'],
      ['keywordsAny', '征收'],
      ['frequency', 'hourly'],
    ]);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('value="not-an-address"');
    expect(page).toContain('value="火星市、吕粱市"');
    expect(page).toContain('value="西属八街道，滨河北路"');
    expect(page).toContain('value="征收"');
    expect(page).toMatch(/id="e-email"[^]*请填写有效的邮箱地址/);
    expect(page).toMatch(/id="e-jurisdictions"[^]*找不到地区“火星市”/);
    expect(page).toContain('您是不是要找：吕梁市');
    expect(page).toMatch(/id="e-places"[^]*您是不是要找：西属巴街道（吕梁市离石区）/);
    expect(page).toMatch(/id="e-frequency"[^]*请选择发送频率/);
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain('<a href="#f-jurisdictions-other">地区</a>');
    // What a reader sees (tags and attributes aside): no validator wording, no internal field names.
    const visible = page.replace(/<[^>]*>/g, ' ');
    expect(visible).not.toMatch(/Invalid|expected one of|keywordsAny|jurisdictions|frequency：/);
    expect(await a.subscribers.findByEmail('not-an-address')).toBeNull();
  });

  it('the preferences page keeps its token and the edits when a change is refused', async () => {
    const s = await put('prefs-edit@example.com', 'active', { categories: ['land'], jurisdictions: ['141102'] });
    const url = `${api.url}/preferences?token=${token(s.subscriberId, 'preferences', NOW.getTime() + 3600_000)}`;
    const res = await postForm(url, [
      ['categories', 'appointment'],
      ['jurisdictions', '999999'],
      ['keywordsAll', '任免，副主任'],
      ['frequency', 'weekly'],
    ]);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain(`action="preferences?token=${token(s.subscriberId, 'preferences', NOW.getTime() + 3600_000)}"`);
    expect(page).toContain('value="999999"');
    expect(page).toContain('value="任免，副主任"');
    expect(page).toMatch(/value="appointment" checked/);
    expect(page).toMatch(/id="e-jurisdictions"[^]*没有这个行政区划代码：999999/);
    // Nothing was saved.
    expect((await a.subscribers.get(s.subscriberId))?.filters).toMatchObject({ categories: ['land'], jurisdictions: ['141102'] });
  });

  it('the confirmation shows the latest documents that match the subscription', async () => {
    const fixture = (name: string): ChangeRecord =>
      changeRecordSchema.parse(JSON.parse(readFileSync(new URL(`../fixtures/changes/${name}.json`, import.meta.url), 'utf8')));
    const day = shanghaiDay(NOW);
    const land = { ...fixture('land-recovery-taiyuan'), changeId: 'ux-land-1', day, createdAt: NOW.toISOString() };
    const appointment = { ...fixture('appointment-shanyin'), changeId: 'ux-appt-1', day, createdAt: NOW.toISOString() };
    await a.changes.create(land);
    await a.changes.create(appointment);

    const res = await fetch(`${api.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'welcome@example.com', categories: ['land'] }) });
    expect(res.status).toBe(202);
    const mail = backend.outbox.sent.filter((m) => m.to === 'welcome@example.com').pop();
    const confirmLink = new RegExp(`${api.url}/confirm\\?token=[A-Za-z0-9%_.-]+`).exec((await simpleParser(mail!.raw)).text ?? '')?.[0];
    const page = await (await fetch(confirmLink!, { method: 'POST' })).text();
    expect(page).toContain('最近符合您订阅条件的文件');
    expect(page).toContain(land.title.replace(/\s+/g, ''));
    expect(page).not.toContain(appointment.title.replace(/\s+/g, ''));
    expect(page).toContain('（北京时间）');
  });

  it('answers a bounced, a complained, an active and a new address in the same time', async () => {
    await put('bounced-x@example.com', 'bounced');
    await put('complained-x@example.com', 'complained');
    await put('active-x@example.com', 'active');
    const timeOf = async (email: string): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(`${api.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
      expect(res.status).toBe(202);
      await res.text();
      return performance.now() - t0;
    };
    const times = {
      bounced: await timeOf('bounced-x@example.com'),
      complained: await timeOf('complained-x@example.com'),
      active: await timeOf('active-x@example.com'),
      fresh: await timeOf('fresh-x@example.com'),
    };
    for (const t of Object.values(times)) expect(t).toBeGreaterThanOrEqual(SUBSCRIBE_FLOOR_MS - 5);
    const spread = Math.max(...Object.values(times)) - Math.min(...Object.values(times));
    expect(spread, JSON.stringify(times)).toBeLessThan(250);
  });

  it('counts plus-addressed forms of one mailbox against one per-address limit', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const res = await fetch(`${api.url}/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
        body: JSON.stringify({ email: `Plus.Victim+${i}@Example.com` }),
      });
      statuses.push(res.status);
      await res.text();
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });
});

describe('gw subscribers add has the page filters', () => {
  let backend: LocalBackend;
  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-ux-cli-')), now: NOW });
  });
  afterAll(async () => {
    await backend?.close();
  });

  it('--place, --keyword and --issuer, checked like the page', async () => {
    const repo = adapters(backend.runtime).subscribers;
    const ctx = { now: NOW, newId: (e: string) => `cli-${e}` };
    const { subscription } = await addSubscriber(
      repo,
      'cli-places@example.com',
      { categories: 'land', jurisdictions: '离石区', places: '西属巴街道,滨河北路', keywords: '征收,补偿', issuers: '吕梁市离石区人民政府' },
      ctx,
    );
    expect(subscription.filters).toMatchObject({
      jurisdictions: ['离石区'],
      places: ['西属巴街道', '滨河北路'],
      keywordsAny: ['征收', '补偿'],
      issuers: ['吕梁市离石区人民政府'],
    });
    const refused = addSubscriber(repo, 'cli-places@example.com', { jurisdictions: '火星市', places: '火星镇' }, ctx);
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(addSubscriber(repo, 'cli-places@example.com', { jurisdictions: '火星市' }, ctx)).rejects.toThrow(/--jurisdiction: 找不到地区“火星市”/);
  });
});
