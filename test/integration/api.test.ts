import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../functions/api.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import type { ApiServer } from '../../infra/local/api-server.ts';
import type { LocalBackend } from '../../infra/local/backend.ts';
import { subscriptionSchema, type Subscription } from '../../shared/model/subscription.ts';
import { signToken } from '../../shared/notify/tokens.ts';
import { DynamoRateLimitRepository } from '../../shared/store/dynamo/rate-limit-repository.ts';
import { defaultRateLimits } from '../../shared/subscribe/rate-limit.ts';
import { subscriberIdFor } from '../../shared/subscribe/subscriber-id.ts';
import { addSubscriber, listSubscribers, removeSubscriber } from '../../shared/cli/commands/subscribers.ts';
import { UsageError } from '../../shared/cli/command.ts';
import { startApiBackend, type ApiBackend } from '../support/api-backend.ts';

const NOW = new Date('2026-11-20T02:00:00Z');

describe('subscription API on the emulators, through the local API server', () => {
  let backend: LocalBackend;
  let api: ApiServer;
  let a: ReturnType<typeof adapters>;

  let env: ApiBackend;

  beforeAll(async () => {
    env = await startApiBackend('gw-api-', { now: NOW });
    ({ backend, api, a } = env);
  });
  afterAll(async () => {
    await env?.close();
  });

  const postJson = (path: string, body: unknown) =>
    fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const postForm = (url: string, fields: [string, string][]) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const stored = async (email: string): Promise<Subscription | null> => a.subscribers.findByEmail(email);
  const mailsTo = (email: string) => backend.outbox.sent.filter((m) => m.to === email);
  const sesStore = async (): Promise<{ destination: { to: string[] }; subject: string }[]> =>
    ((await (await fetch(`${backend.emulators.sesEndpoint}/store`)).json()) as { emails: { destination: { to: string[] }; subject: string }[] }).emails;
  const token = (subscriberId: string, purpose: 'confirm' | 'preferences' | 'unsubscribe', expiresAt = NOW.getTime() + 3600_000, secret = backend.runtime.config.tokenSecret) =>
    encodeURIComponent(signToken(secret, { subscriberId, purpose, expiresAt }));
  const put = async (email: string, status: Subscription['status']): Promise<Subscription> => {
    const s = subscriptionSchema.parse({
      subscriberId: `fixture-${email.split('@')[0]}`,
      email,
      name: null,
      status,
      filters: { categories: ['appointment'], jurisdictions: ['山阴县'] },
      frequency: 'daily',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    await a.subscribers.put(s);
    return s;
  };

  it('serves the subscribe form as escaped, script-free HTML', async () => {
    const res = await fetch(`${api.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain('<form method="post" action="subscribe"');
    expect(page).toContain('<option value="141102">离石区（吕梁市）</option>');
    expect(page).not.toContain('<script');
  });

  it('subscribes with double opt-in, confirms, changes preferences and unsubscribes with one click', async () => {
    const email = 'land-lawyer@example.com';
    const res = await postJson('/subscribe', {
      email: ' Land-Lawyer@Example.com ',
      categories: ['land'],
      jurisdictions: '离石区，141100',
      places: ['西属巴村', '滨河北路'],
      frequency: 'immediate',
    });
    expect(res.status).toBe(202);
    expect(((await res.json()) as { message: string }).message).toContain('确认邮件');

    const pending = await stored(email);
    expect(pending?.status).toBe('pending');
    expect(pending?.filters).toMatchObject({ categories: ['land'], jurisdictions: ['离石区', '141100'], places: ['西属巴村', '滨河北路'] });
    expect(pending?.frequency).toBe('immediate');

    // The mail: through SES (the emulator caught it) and as raw MIME through rt.onSent.
    expect((await sesStore()).some((m) => m.destination.to.includes(email) && m.subject.includes('请确认订阅'))).toBe(true);
    const [mail] = mailsTo(email);
    expect(mail?.deliveryKey).toMatch(/^CONFIRM#/);
    const parsed = await simpleParser(mail!.raw);
    expect(parsed.subject).toBe('请确认订阅公报哨兵 Confirm your subscription');
    expect(parsed.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const listHeader = parsed.headers.get('list') as unknown as { unsubscribe: { url: string } };
    expect(listHeader.unsubscribe.url.startsWith(`${api.url}/unsubscribe?token=`)).toBe(true);
    const confirmLink = new RegExp(`${api.url}/confirm\\?token=[A-Za-z0-9%_.-]+`).exec(parsed.text ?? '')?.[0];
    expect(confirmLink).toBeDefined();
    expect(parsed.html).toContain(confirmLink!.replace(/&/g, '&amp;'));
    expect(parsed.text).toContain('地区：离石区、吕梁市');

    // GET shows the confirm button and changes nothing (mail scanners follow links).
    const confirmPage = await fetch(confirmLink!);
    expect(confirmPage.status).toBe(200);
    expect(await confirmPage.text()).toContain('<button type="submit">确认订阅</button>');
    expect((await stored(email))?.status).toBe('pending');

    const confirmed = await fetch(confirmLink!, { method: 'POST', headers: { accept: 'application/json' } });
    expect(confirmed.status).toBe(200);
    const confirmBody = (await confirmed.json()) as { subscription: { status: string }; preferencesUrl: string; unsubscribeUrl: string };
    expect(confirmBody.subscription.status).toBe('active');
    expect((await stored(email))?.status).toBe('active');

    // Preferences: read (JSON), then change through the form post (HTML answer).
    const prefs = await fetch(confirmBody.preferencesUrl, { headers: { accept: 'application/json' } });
    expect(prefs.status).toBe(200);
    expect(((await prefs.json()) as { subscription: { filters: { places: string[] } } }).subscription.filters.places).toEqual(['西属巴村', '滨河北路']);
    const prefsPage = await (await fetch(confirmBody.preferencesUrl)).text();
    expect(prefsPage).toContain('value="西属巴村，滨河北路"');
    expect(prefsPage).toContain('<option value="141100" selected>吕梁市（全市）</option>');

    const changed = await postForm(confirmBody.preferencesUrl, [
      ['categories', 'land'],
      ['categories', 'appointment'],
      ['jurisdictions', '141102'],
      ['jurisdictions', '太原市、阳泉市'],
      ['keywordsAny', '征收，补偿'],
      ['frequency', 'weekly'],
      ['name', '王律师'],
    ]);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('content-type')).toContain('text/html');
    expect(await changed.text()).toContain('设置已保存');
    const after = await stored(email);
    expect(after?.frequency).toBe('weekly');
    expect(after?.name).toBe('王律师');
    expect(after?.filters).toMatchObject({ categories: ['land', 'appointment'], jurisdictions: ['141102', '太原市', '阳泉市'], keywordsAny: ['征收', '补偿'], places: [] });
    expect(after?.status).toBe('active');

    // RFC 8058: GET shows a button and does not unsubscribe; POST List-Unsubscribe=One-Click does.
    const unsubPage = await fetch(confirmBody.unsubscribeUrl);
    expect(unsubPage.status).toBe(200);
    expect(await unsubPage.text()).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">');
    expect((await stored(email))?.status).toBe('active');

    const wrongBody = await postForm(confirmBody.unsubscribeUrl, [['List-Unsubscribe', 'yes']]);
    expect(wrongBody.status).toBe(400);
    expect((await stored(email))?.status).toBe('active');

    const oneClick = await postForm(confirmBody.unsubscribeUrl, [['List-Unsubscribe', 'One-Click']]);
    expect(oneClick.status).toBe(200);
    expect((await stored(email))?.status).toBe('unsubscribed');
    const again = await postForm(confirmBody.unsubscribeUrl, [['List-Unsubscribe', 'One-Click']]);
    expect(again.status).toBe(200);
    expect((await stored(email))?.status).toBe('unsubscribed');

    // An old confirm link does not bring an unsubscribed address back.
    const revived = await fetch(confirmLink!, { method: 'POST', headers: { accept: 'application/json' } });
    expect(revived.status).toBe(409);
    expect((await stored(email))?.status).toBe('unsubscribed');
  });

  it('accepts the one-click body as multipart/form-data (what RFC 8058 recommends)', async () => {
    const s = await put('multipart@example.com', 'active');
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const res = await fetch(`${api.url}/unsubscribe?token=${token(s.subscriberId, 'unsubscribe')}`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect((await stored('multipart@example.com'))?.status).toBe('unsubscribed');
  });

  it('gives the same answer for an unknown, an active and a bounced address, and never mails the bounced one', async () => {
    const active = await put('known@example.com', 'active');
    await put('bounced@example.com', 'bounced');
    const answers = [];
    for (const email of ['unknown-person@example.com', 'known@example.com', 'bounced@example.com']) {
      const res = await postJson('/subscribe', { email, categories: ['regulation'] });
      answers.push({ status: res.status, type: res.headers.get('content-type'), body: await res.text() });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);

    const formAnswers = [];
    for (const email of ['unknown-form@example.com', 'known@example.com']) {
      const res = await postForm(`${api.url}/subscribe`, [['email', email], ['frequency', 'daily']]);
      formAnswers.push({ status: res.status, body: await res.text() });
    }
    expect(formAnswers[1]).toEqual(formAnswers[0]);
    expect(formAnswers[0]?.body).toContain('请查收确认邮件');

    // The active subscription is untouched; its owner is told, with a preferences link.
    const known = await stored('known@example.com');
    expect(known).toEqual(active);
    const reminders = mailsTo('known@example.com');
    expect(reminders.length).toBe(2);
    expect(reminders[0]?.subject).toContain('您已订阅');
    expect(reminders[0]?.text).toContain(`${api.url}/preferences?token=`);
    expect(mailsTo('bounced@example.com')).toEqual([]);
    expect((await sesStore()).some((m) => m.destination.to.includes('bounced@example.com'))).toBe(false);
    expect((await stored('bounced@example.com'))?.status).toBe('bounced');
    expect((await stored('unknown-person@example.com'))?.status).toBe('pending');
  });

  it('redirects /archive/{key} to a short-lived link to the archived original, and 404s anything else', async () => {
    await a.blobs.put('raw/lishi/abc/original.pdf', '%PDF-1.4 evidence', { contentType: 'application/pdf' });
    const res = await fetch(`${backend.runtime.archiveBaseUrl}/raw/lishi/abc/original.pdf`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/X-Amz-Signature=/);
    expect(await (await fetch(location)).text()).toBe('%PDF-1.4 evidence');
    for (const path of ['raw/lishi/abc/missing.pdf', 'config/sources.json', 'raw/../config/x']) {
      expect((await fetch(`${api.url}/archive/${path}`, { redirect: 'manual' })).status, path).toBe(404);
    }
  });

  it('refuses forged, expired and misused tokens with 401/403 and a message', async () => {
    const s = await put('token-owner@example.com', 'active');
    const forged = await fetch(`${api.url}/preferences?token=${token(s.subscriberId, 'preferences', NOW.getTime() + 3600_000, 'another-secret-of-enough-length')}`, {
      headers: { accept: 'application/json' },
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toContain('链接无效');

    const expired = await fetch(`${api.url}/preferences?token=${token(s.subscriberId, 'preferences', NOW.getTime() - 1)}`);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('链接已过期');

    const wrongPurpose = await postForm(`${api.url}/unsubscribe?token=${token(s.subscriberId, 'preferences')}`, [['List-Unsubscribe', 'One-Click']]);
    expect(wrongPurpose.status).toBe(401);
    expect((await stored('token-owner@example.com'))?.status).toBe('active');

    const missing = await fetch(`${api.url}/confirm`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { issues: { field: string }[] } }).error.issues[0]?.field).toBe('');
  });

  it('answers bad requests with 400/404/405/413/415 and a Chinese+English message', async () => {
    const malformed = await fetch(`${api.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": "a@example.com",' });
    expect(malformed.status).toBe(400);
    const err = ((await malformed.json()) as { error: { code: string; message: string } }).error;
    expect(err.code).toBe('bad-request');
    expect(err.message).toMatch(/请求体不是有效的 JSON the body is not valid JSON/);
    expect(err.message).not.toMatch(/Unexpected|position \d/);

    const badEmail = await postJson('/subscribe', { email: 'not-an-address', categories: ['gossip'] });
    expect(badEmail.status).toBe(400);
    const issues = ((await badEmail.json()) as { error: { issues: { field: string; message: string }[] } }).error.issues;
    expect(issues.map((i) => i.field).sort()).toEqual(['categories', 'email']);
    expect(issues.find((i) => i.field === 'categories')?.message).toBe('类别 categories：请从列表中选择 choose from the list');
    expect(issues.find((i) => i.field === 'email')?.message).toBe('请填写有效的邮箱地址 enter a valid e-mail address');

    const unknown = await fetch(`${api.url}/admin`, { headers: { accept: 'application/json' } });
    expect(unknown.status).toBe(404);
    const wrongMethod = await fetch(`${api.url}/subscribe`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const tooLarge = await postJson('/subscribe', { email: 'big@example.com', keywordsAny: 'x'.repeat(70 * 1024) });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe('payload-too-large');
    const plain = await fetch(`${api.url}/subscribe`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'email=a@example.com' });
    expect(plain.status).toBe(415);
    expect(await stored('big@example.com')).toBeNull();
  });

  it('limits subscribe requests per address with 429 and Retry-After, until the window ends', async () => {
    const email = 'limited@example.com';
    const { limit, windowSeconds } = defaultRateLimits.address;
    for (let i = 0; i < limit; i++) expect((await postJson('/subscribe', { email })).status).toBe(202);
    const refused = await postJson('/subscribe', { email: 'LIMITED@example.com' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('请求过于频繁');
    expect(mailsTo(email).length).toBe(limit);

    backend.setNow(new Date(NOW.getTime() + retryAfter * 1000));
    try {
      expect((await postJson('/subscribe', { email })).status).toBe(202);
    } finally {
      backend.setNow(NOW);
    }
  });

  it('limits each client (sourceIp) separately', async () => {
    const limits = { ...defaultRateLimits, client: { name: 'client', limit: 3, windowSeconds: 600 } };
    const handler = createApiHandler(() => backend.runtime, { limits });
    const event = (sourceIp: string) =>
      ({
        version: '2.0',
        routeKey: '$default',
        rawPath: '/preferences',
        rawQueryString: 'token=nonsense',
        headers: { accept: 'application/json' },
        isBase64Encoded: false,
        requestContext: { http: { method: 'GET', path: '/preferences', protocol: 'HTTP/1.1', sourceIp, userAgent: 'test' } },
      }) as unknown as APIGatewayProxyEventV2;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await handler(event('203.0.113.7'))).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await handler(event('198.51.100.2'))).statusCode).toBe(401);
  });

  it('counts a window exactly under concurrent requests and stores it with a TTL', async () => {
    const repo = new DynamoRateLimitRepository(backend.runtime.db, backend.runtime.config.tables.deliveries);
    const results = await Promise.all(Array.from({ length: 12 }, () => repo.hit('race:1', 5, 60, NOW)));
    expect(results.filter((r) => r.allowed).length).toBe(5);
    expect(results.filter((r) => r.allowed).map((r) => r.count).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5]);
    const n = Math.floor(NOW.getTime() / 1000 / 60);
    const item = await backend.runtime.db.send(
      new GetCommand({ TableName: backend.runtime.config.tables.deliveries, Key: { pk: 'RATE#race:1', sk: `WINDOW#${n}` } }),
    );
    expect(item.Item?.hits).toBe(5);
    expect(item.Item?.expiresAt).toBeGreaterThanOrEqual((n + 1) * 60);
  });

  it('gw subscribers: adds (active, no opt-in), updates, lists and removes on the real repository', async () => {
    const ctx = { now: NOW, newId: (e: string) => subscriberIdFor(backend.runtime.config.tokenSecret, e) };
    const added = await addSubscriber(a.subscribers, 'CLI-Watcher@example.com', { categories: 'land,appointment', jurisdictions: '离石区,141100', frequency: 'daily' }, ctx);
    expect(added.created).toBe(true);
    const first = await stored('cli-watcher@example.com');
    expect(first).toMatchObject({ status: 'active', frequency: 'daily', filters: { categories: ['land', 'appointment'], jurisdictions: ['离石区', '141100'] } });

    const updated = await addSubscriber(a.subscribers, 'cli-watcher@example.com', { frequency: 'weekly' }, ctx);
    expect(updated.created).toBe(false);
    expect(updated.subscription.subscriberId).toBe(first?.subscriberId);
    expect((await stored('cli-watcher@example.com'))?.filters.categories).toEqual(['land', 'appointment']);
    expect((await stored('cli-watcher@example.com'))?.frequency).toBe('weekly');

    await expect(addSubscriber(a.subscribers, 'cli-watcher@example.com', { categories: 'gossip' }, ctx)).rejects.toBeInstanceOf(UsageError);
    await expect(addSubscriber(a.subscribers, 'not-an-address', {}, ctx)).rejects.toBeInstanceOf(UsageError);
    await put('cli-bounced@example.com', 'bounced');
    await expect(addSubscriber(a.subscribers, 'cli-bounced@example.com', {}, ctx)).rejects.toThrow(/bounced/);
    expect((await stored('cli-bounced@example.com'))?.status).toBe('bounced');

    const lines = await listSubscribers(a.subscribers);
    const line = lines.find((l) => l.startsWith('cli-watcher@example.com'));
    expect(line).toContain('active');
    expect(line).toContain('类别：土地征收与补偿、人事任免');
    expect(line).toContain('每周摘要');

    expect(await removeSubscriber(a.subscribers, 'cli-watcher@example.com')).toBe(true);
    expect(await stored('cli-watcher@example.com')).toBeNull();
    expect(await removeSubscriber(a.subscribers, 'cli-watcher@example.com')).toBe(false);
  });
});
