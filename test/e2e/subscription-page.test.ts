/**
 * The subscription pages in a real browser (headless Chromium through playwright-core): subscribe
 * through the form, follow the confirmation mail's link, change preferences, unsubscribe.
 * Skipped, with the reason printed, only when playwright-core or /usr/bin/chromium is missing — and never in CI.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../functions/runtime/runtime.ts';
import { startApiServer, type ApiServer } from '../../infra/local/api-server.ts';
import { startLocalBackend, type LocalBackend } from '../../infra/local/backend.ts';
import { changeRecordSchema, type ChangeRecord } from '../../shared/model/change.ts';
import { diffTexts } from '../../shared/changes/diff.ts';
import { renderDiffHtml } from '../../shared/changes/diff-html.ts';
import { renderDigest } from '../../shared/notify/render-digest.ts';
import { signToken } from '../../shared/notify/tokens.ts';
import { mailLinksFor } from '../../shared/stages/mail-links.ts';
import { shanghaiDay } from '../../shared/util/shanghai-time.ts';
import { browserMissing as missing, CHROMIUM, chromiumType, launchChromium, runAxe, type AxeViolation } from '../support/browser.ts';

describe.skipIf(missing !== null)('subscription pages in headless Chromium', () => {
  let backend: LocalBackend;
  let api: ApiServer;
  let context: import('playwright-core').BrowserContext;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-page-')), now: new Date('2026-11-20T02:00:00Z') });
    api = await startApiServer(() => backend.runtime);
    backend.setPublicBaseUrl(api.url);
    context = await chromiumType().launchPersistentContext(mkdtempSync(join(tmpdir(), 'gw-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      locale: 'zh-CN',
      javaScriptEnabled: false,
    });
  });
  afterAll(async () => {
    await context?.close();
    await api?.close();
    await backend?.close();
  });

  it('subscribes, confirms from the mail, changes preferences and unsubscribes — without JavaScript', async () => {
    const email = 'village-watch@example.com';
    const stored = () => adapters(backend.runtime).subscribers.findByEmail(email);
    const page = await context.newPage();

    await page.goto(`${api.url}/`);
    expect(await page.title()).toBe('订阅政府公报提醒 · 公报哨兵');
    await page.getByLabel('您的邮箱地址').fill(email);
    await page.getByLabel('土地征收与补偿').check();
    await page.getByLabel('山西省内的市、县、区').selectOption(['141102', '140100']);
    await page.getByLabel('关注的村庄、乡镇或项目名称').fill('西属巴村、<script>alert(1)</script>');
    await page.getByLabel('即时提醒（有新文件即发）').check();
    await page.getByRole('button', { name: '订阅' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('请查收确认邮件');

    const pending = await stored();
    expect(pending?.status).toBe('pending');
    expect(pending?.filters).toMatchObject({ categories: ['land'], jurisdictions: ['140100', '141102'], places: ['西属巴村', '<script>alert(1)</script>'] });

    const mail = backend.outbox.sent.find((m) => m.to === email);
    expect(mail).toBeDefined();
    const parsed = await simpleParser(mail!.raw);
    const confirmLink = /http:\/\/127\.0\.0\.1:\d+\/confirm\?token=[^\s]+/.exec(parsed.text ?? '')?.[0];
    expect(confirmLink?.startsWith(`${api.url}/confirm?token=`)).toBe(true);

    await page.goto(confirmLink!);
    await expect.poll(() => page.locator('h1').textContent()).toBe('确认订阅');
    expect(await page.locator('main').textContent()).toContain('地区：太原市、离石区');
    expect((await stored())?.status).toBe('pending');
    await page.getByRole('button', { name: '确认订阅' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('订阅已生效');
    expect((await stored())?.status).toBe('active');

    await page.getByRole('link', { name: '修改订阅设置' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('订阅设置');
    expect(await page.getByLabel('关注的村庄、乡镇或项目名称').inputValue()).toBe('西属巴村，<script>alert(1)</script>');
    expect(await page.getByLabel('土地征收与补偿').isChecked()).toBe(true);
    await page.getByLabel(/人事任免.*任免通知/).check();
    await page.getByLabel('每周摘要').check();
    await page.getByLabel('含任一关键词').fill('补偿安置');
    await page.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('设置已保存');
    const changed = await stored();
    expect(changed?.frequency).toBe('weekly');
    expect(changed?.filters.categories).toEqual(['appointment', 'land']);
    expect(changed?.filters.keywordsAny).toEqual(['补偿安置']);
    expect(changed?.filters.jurisdictions).toEqual(['140100', '141102']);

    // Webhooks: a private target is refused with the address guard's verdict, a Feishu robot added, then removed.
    const feishuHook = 'https://open.feishu.cn/open-apis/bot/v2/hook/2f7c9a1e-5b3d-4e8f-9a0b-1c2d3e4f5a6b';
    await page.getByRole('radio', { name: /通用 JSON Webhook/ }).check();
    await page.getByLabel('Webhook 地址').fill('https://192.168.10.1/hook');
    await page.getByLabel('签名密钥').fill('generic-secret-for-e2e');
    await page.getByRole('button', { name: '添加 Webhook' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('指向内网私有地址 192.168.10.1');
    expect(await page.getByLabel('Webhook 地址').inputValue()).toBe('https://192.168.10.1/hook');
    expect((await stored())?.webhooks ?? []).toEqual([]);
    await page.getByRole('radio', { name: /飞书群机器人/ }).check();
    await page.getByLabel('Webhook 地址').fill(feishuHook);
    await page.getByLabel('签名密钥').fill('feishu-sign-secret-7788');
    await page.getByRole('button', { name: '添加 Webhook' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Webhook 已添加');
    expect((await stored())?.webhooks).toMatchObject([{ id: 'feishu-1', kind: 'feishu', url: feishuHook, secret: 'feishu-sign-secret-7788', status: 'active' }]);
    const listed = (await page.locator('ul.webhooks').textContent()) ?? '';
    expect(listed).toContain('飞书群机器人');
    expect(listed).toContain('••••7788');
    expect(listed).not.toContain('2f7c9a1e-5b3d-4e8f-9a0b-1c2d3e4f5a6b');
    await page.getByRole('button', { name: '删除 feishu-1' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Webhook 已删除');
    expect((await stored())?.webhooks).toEqual([]);

    // The private feed: reset revokes the URL shown before; the page shows the new one.
    const feedBefore = (await page.locator('a[href*="/feeds/"]').getAttribute('href')) ?? '';
    expect(feedBefore).toMatch(/\/feeds\/[^/]+\.atom$/);
    expect(await page.locator('a[href*="/calendar/"]').count()).toBe(1);
    await page.getByRole('button', { name: '重置订阅源地址' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('订阅源地址已重置');
    expect((await stored())?.feedGeneration).toBe(1);
    const feedAfter = (await page.locator('a[href*="/feeds/"]').getAttribute('href')) ?? '';
    expect(feedAfter).not.toBe(feedBefore);
    expect((await fetch(feedBefore)).status).toBe(404);
    expect((await fetch(feedAfter)).status).toBe(200);

    await page.getByRole('link', { name: '不想再收到邮件？退订' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('退订公报哨兵邮件');
    expect((await stored())?.status).toBe('active');
    await page.getByRole('button', { name: '确认退订' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('已退订');
    expect(await page.locator('main').textContent()).toContain(`邮箱 ${email} 已退订`);
    expect((await stored())?.status).toBe('unsubscribed');
  }, 180_000);
});

/**
 * Every page, checked by axe-core inside Chromium: its source is injected into the page (the pages
 * themselves run no scripts, so this context has JavaScript on and the CSP bypassed for the checker only).
 */
describe.skipIf(missing !== null)('accessibility of every page (axe-core in Chromium)', () => {
  let backend: LocalBackend;
  let api: ApiServer;
  let browser: import('playwright-core').Browser;
  const NOW = new Date('2026-11-20T02:00:00Z');

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-axe-')), now: NOW });
    api = await startApiServer(() => backend.runtime);
    backend.setPublicBaseUrl(api.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await backend?.close();
  });

  type Violation = AxeViolation;

  async function audit(open: (page: import('playwright-core').Page) => Promise<unknown>): Promise<{ violations: Violation[]; title: string; ids: string[] }> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await open(page);
    const violations = (await runAxe(page)).violations;
    // Expressions as text: the test code is compiled without the DOM library.
    const ids = (await page.evaluate("[...document.querySelectorAll('[id]')].map((e) => e.id)")) as string[];
    const title = await page.title();
    await context.close();
    return { violations, title, ids };
  }

  const report = (v: Violation[]) => v.map((x) => `${x.id} (${x.impact}): ${x.help} @ ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');

  const stored = (email: string) => adapters(backend.runtime).subscribers.findByEmail(email);
  const fixture = (name: string): ChangeRecord =>
    changeRecordSchema.parse(JSON.parse(readFileSync(new URL(`../fixtures/changes/${name}.json`, import.meta.url), 'utf8')));

  it('has no violations and no duplicate ids on any page, with errors shown or not', async () => {
    await adapters(backend.runtime).changes.create({ ...fixture('land-recovery-taiyuan'), changeId: 'axe-land', day: shanghaiDay(NOW), createdAt: NOW.toISOString() });
    const email = 'axe-check@example.com';
    const pages: [string, (page: import('playwright-core').Page) => Promise<unknown>][] = [
      ['subscribe form', (p) => p.goto(`${api.url}/`)],
      [
        'subscribe form with errors',
        async (p) => {
          await p.goto(`${api.url}/`);
          await p.getByLabel('您的邮箱地址').fill('axe@example');
          await p.getByLabel(/其他地区/).fill('火星市');
          await p.getByLabel('关注的村庄、乡镇或项目名称').fill('火星镇');
          // Let the server, not the browser, judge the address.
          await p.locator('form').evaluate((f: { setAttribute(name: string, value: string): void }) => f.setAttribute('novalidate', ''));
          await p.getByRole('button', { name: '订阅' }).click();
          await p.getByRole('alert').first().waitFor();
        },
      ],
      [
        'accepted',
        async (p) => {
          await p.goto(`${api.url}/`);
          await p.getByLabel('您的邮箱地址').fill(email);
          await p.getByLabel('土地征收与补偿').check();
          await p.getByRole('button', { name: '订阅' }).click();
          await p.getByRole('status').waitFor();
        },
      ],
    ];
    const results: [string, Awaited<ReturnType<typeof audit>>][] = [];
    for (const [name, open] of pages) results.push([name, await audit(open)]);

    const mail = backend.outbox.sent.find((m) => m.to === email);
    const confirmLink = /http:\/\/127\.0\.0\.1:\d+\/confirm\?token=[^\s]+/.exec((await simpleParser(mail!.raw)).text ?? '')?.[0];
    const s = await stored(email);
    const prefsUrl = (expiresAt: number) => `${api.url}/preferences?token=${encodeURIComponent(signToken(backend.runtime.config.tokenSecret, { subscriberId: s!.subscriberId, purpose: 'preferences', expiresAt }))}`;
    const unsubUrl = `${api.url}/unsubscribe?token=${encodeURIComponent(signToken(backend.runtime.config.tokenSecret, { subscriberId: s!.subscriberId, purpose: 'unsubscribe', expiresAt: 0 }))}`;
    const more: [string, (page: import('playwright-core').Page) => Promise<unknown>][] = [
      ['confirm', (p) => p.goto(confirmLink!)],
      [
        'confirmed, with the latest documents',
        async (p) => {
          await p.goto(confirmLink!);
          await p.getByRole('button', { name: '确认订阅' }).click();
          await p.getByText('最近符合您订阅条件的文件').waitFor();
        },
      ],
      ['preferences', (p) => p.goto(prefsUrl(NOW.getTime() + 3600_000))],
      [
        'preferences with errors',
        async (p) => {
          await p.goto(prefsUrl(NOW.getTime() + 3600_000));
          await p.getByLabel(/其他地区/).fill('999999');
          await p.getByRole('button', { name: '保存设置' }).click();
          await p.getByRole('alert').first().waitFor();
        },
      ],
      [
        'preferences with a disabled webhook and a refused one',
        async (p) => {
          const current = (await stored(email))!;
          await adapters(backend.runtime).subscribers.put({
            ...current,
            webhooks: [
              {
                id: 'dingtalk-1',
                kind: 'dingtalk',
                url: 'https://oapi.dingtalk.com/robot/send?access_token=0a1b2c3d4e5f60718293a4b5c6d7e8f9',
                secret: 'SECaxe0123456789abcdef',
                status: 'disabled',
                createdAt: NOW.toISOString(),
                failingSince: '2026-11-12T02:00:00.000Z',
                lastFailure: { at: '2026-11-19T02:00:00.000Z', status: 500, reason: '服务器错误 server error' },
                lastSuccessAt: null,
                disabledAt: '2026-11-19T02:00:00.000Z',
              },
            ],
          });
          await p.goto(prefsUrl(NOW.getTime() + 3600_000));
          await p.getByRole('radio', { name: /企业微信群机器人/ }).check();
          await p.getByLabel('Webhook 地址').fill('https://example.com/not-a-wecom-robot');
          await p.getByRole('button', { name: '添加 Webhook' }).click();
          await p.getByRole('alert').first().waitFor();
        },
      ],
      [
        'preferences after re-enabling a webhook and resetting the feed',
        async (p) => {
          await p.goto(prefsUrl(NOW.getTime() + 3600_000));
          await p.getByRole('button', { name: '重新启用 dingtalk-1' }).click();
          await p.getByRole('status').waitFor();
          await p.getByRole('button', { name: '重置订阅源地址' }).click();
          await p.getByText('订阅源地址已重置').waitFor();
        },
      ],
      ['expired preferences link', (p) => p.goto(prefsUrl(NOW.getTime() - 1000))],
      ['unsubscribe', (p) => p.goto(unsubUrl)],
      [
        'unsubscribed',
        async (p) => {
          await p.goto(unsubUrl);
          await p.getByRole('button', { name: '确认退订' }).click();
          await p.getByRole('status').waitFor();
        },
      ],
      ['not found', (p) => p.goto(`${api.url}/nowhere`)],
      ['digest mail (HTML part)', (p) => p.setContent(renderDigest({ subscription: s!, changes: [fixture('land-requisition-lishi-revised'), fixture('appointment-shanyin')], period: '2026-W47', links: mailLinksFor(s!.subscriberId, { publicBaseUrl: api.url, tokenSecret: backend.runtime.config.tokenSecret, archiveBaseUrl: `${api.url}/archive`, now: () => NOW }) }).html)],
      [
        'revision diff page',
        (p) =>
          p.setContent(
            renderDiffHtml(diffTexts('第一条 征收期限20日\n第二条 补偿标准\n旧的一段\n', '第一条 征收期限30日\n第二条 补偿标准\n新的一段\n第三条 施行\n'), {
              title: '关于征收土地的公告',
              docNumber: '离政发〔2023〕3号',
              fromVersion: 1,
              toVersion: 2,
            }),
          ),
      ],
    ];
    for (const [name, open] of more) results.push([name, await audit(open)]);

    expect(results.find(([n]) => n === 'subscribe form with errors')?.[1].title).toContain('请修改后重新提交');
    const problems = Object.fromEntries(
      results
        .map(([name, r]) => [name, [report(r.violations), ...r.ids.filter((id, i) => r.ids.indexOf(id) !== i).map((id) => `duplicate id ${id}`)].filter(Boolean).join('\n')] as const)
        .filter(([, text]) => text.length > 0),
    );
    expect(problems).toEqual({});
    expect(results).toHaveLength(15);
    expect((await stored(email))?.webhooks?.[0]).toMatchObject({ id: 'dingtalk-1', status: 'active', disabledAt: null });
    expect((await stored(email))?.feedGeneration).toBe(1);
  }, 180_000);
});
