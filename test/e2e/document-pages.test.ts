/**
 * The document, versions, diff, change and source pages (issue 17) in a real browser after the two monitoring
 * cycles of `npm start` (the second brings one new and one revised document): read on a phone-sized screen,
 * checked with axe-core (zero violations), navigated by their links, and reached from the links in the mails.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCloud, type LocalCloud } from '../../infra/local/cloud.ts';
import { runCycle, type CycleSummary } from '../../infra/local/cycle.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import type { ChangeRecord } from '../../shared/model/change.ts';
import { renderAlert } from '../../shared/notify/render-alert.ts';
import { mailLinksFor } from '../../shared/stages/mail-links.ts';
import { browserMissing as missing, launchChromium, openAuditedPage, phoneContext } from '../support/browser.ts';

const expectedNext = JSON.parse(readFileSync(new URL('../fixtures/site/next/expected.json', import.meta.url), 'utf8')) as {
  sourceId: string;
  issue: { title: string };
  revised: { title: string; docNumber: string };
};

describe.skipIf(missing !== null)('document, versions, diff, change and source pages in headless Chromium', () => {
  let cloud: LocalCloud;
  let second: CycleSummary;
  let revised: ChangeRecord;
  let browser: import('playwright-core').Browser;
  let context: import('playwright-core').BrowserContext;

  beforeAll(async () => {
    cloud = await startLocalCloud({ dir: mkdtempSync(join(tmpdir(), 'gw-doc-pages-')), now: new Date('2026-11-20T02:00:00Z') });
    await runCycle(cloud);
    cloud.site.publishNext();
    cloud.setNow(new Date('2026-11-27T02:00:00Z'));
    second = await runCycle(cloud);
    revised = second.changes.find((c) => c.kind === 'revised')!;
    browser = await launchChromium();
    context = await phoneContext(browser);
  }, 360_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await cloud?.close();
  });

  async function check(path: string) {
    const page = await openAuditedPage(context, `${cloud.api.url}${path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    return page;
  }

  it('the second cycle revised the labelled document', () => {
    expect(revised).toBeDefined();
    expect(revised.docNumber).toBe(expectedNext.revised.docNumber);
    expect(revised.diffKey).not.toBeNull();
  });

  it('document page: metadata, category with its evidence, facts, both versions with a diff link, every appearance', async () => {
    const page = await check(`/documents/${encodeURIComponent(revised.documentKey)}`);
    expect(await page.locator('h1').textContent()).toBe(revised.title);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(revised.docNumber!);
    expect(main).toContain('当前为第 2 版');
    for (const phrase of revised.evidence ?? []) expect(main).toContain(phrase);
    expect(await page.getByRole('heading', { name: '要素' }).count()).toBe(1);
    expect(await page.locator('ol.versions > li').count()).toBe(2);
    // Both issues that printed it: the first and the next one.
    const appearances = page.locator('ol.appearances > li');
    expect(await appearances.count()).toBeGreaterThanOrEqual(2);
    expect(await appearances.last().textContent()).toContain(expectedNext.issue.title);
    const archive = appearances.last().getByRole('link', { name: /存档副本/ });
    expect(await archive.getAttribute('href')).toMatch(/\/raw\//);
    // A PDF issue: the page the document starts on, and the archived original opened at it.
    const startPage = /原件第 (\d+) 页起/.exec((await appearances.last().textContent()) ?? '')?.[1];
    expect(startPage).toBeDefined();
    expect(await archive.getAttribute('href')).toMatch(new RegExp(`\\.pdf#page=${startPage}$`));
    await page.getByRole('link', { name: '与上一版对比' }).click();
    expect(new URL(page.url()).pathname).toBe(`/documents/${encodeURIComponent(revised.documentKey)}/versions/2/diff`);
  });

  it('versions page lists each version newest first with its text and change', async () => {
    const page = await check(`/documents/${encodeURIComponent(revised.documentKey)}/versions`);
    const items = page.locator('ol.versions > li');
    expect(await items.first().locator('.stage').textContent()).toBe('第 2 版（当前）');
    expect(await items.last().locator('.stage').textContent()).toBe('第 1 版');
    expect(await items.last().textContent()).toContain('首次发现');
    await items.first().getByRole('link', { name: '变更记录' }).click();
    expect(new URL(page.url()).pathname).toBe(`/changes/${revised.changeId}`);
  });

  it('diff page: the stored diff in the site shell, changes marked in words and by ins/del, not by colour alone', async () => {
    const page = await check(`/documents/${encodeURIComponent(revised.documentKey)}/versions/2/diff`);
    expect(await page.locator('h1').textContent()).toBe(revised.title);
    const rows = page.locator('ol.diff > li:not(.context):not(.skip)');
    expect(await rows.count()).toBe(revised.diff!.added + revised.diff!.removed + revised.diff!.changed);
    for (const text of await rows.allTextContents()) expect(text).toMatch(/【(新增|删除|修改)】/);
    expect(await page.locator('ol.diff ins, ol.diff del').count()).toBeGreaterThan(0);
    // A changed paragraph without its deletions (and line numbers, marks) reads as the new text.
    const newTexts = (await page.evaluate(
      "[...document.querySelectorAll('ol.diff li.changed, ol.diff li.added')].map((li) => { const c = li.cloneNode(true); c.querySelectorAll('del, .n, .mark').forEach((e) => e.remove()); return c.textContent.replace(/\\s+/g, ''); })",
    )) as string[];
    for (const e of revised.diff!.excerpts) {
      const after = e.after.replace(/\s+/g, '').replace(/…$/, '');
      expect(newTexts.some((t) => t.includes(after)), after).toBe(true);
    }
  });

  it('change page: kind, facts, what changed, links to the document, the diff, the original and the archive', async () => {
    const page = await check(`/changes/${revised.changeId}`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('修订（第 2 版）');
    expect(main).toContain(`新增 ${revised.diff!.added} 处，删除 ${revised.diff!.removed} 处，修改 ${revised.diff!.changed} 处`);
    expect(await page.getByRole('link', { name: /^原文/ }).first().getAttribute('href')).toBe(revised.links[0]!.url);
    await page.getByRole('link', { name: '文件页：全部版本与刊登记录' }).click();
    expect(await page.locator('h1').textContent()).toBe(revised.title);
  });

  it('source page: its health and recent issues, newest first', async () => {
    const page = await check(`/sources/${expectedNext.sourceId}`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('状态正常');
    const rows = page.locator('tbody > tr');
    expect(await rows.count()).toBe(cloud.site.published().filter((p) => p.sourceId === expectedNext.sourceId).length);
    expect(await rows.first().textContent()).toContain(expectedNext.issue.title);
  });

  it('an alert of the revision, rendered with the links every mail gets, opens its diff page and document page', async () => {
    const rt = cloud.runtime;
    const links = mailLinksFor('demo-lawyer', { publicBaseUrl: rt.config.publicBaseUrl, tokenSecret: rt.config.tokenSecret, archiveBaseUrl: rt.archiveBaseUrl, now: rt.now });
    const subscription = (await adapters(rt).subscribers.get('demo-lawyer'))!;
    const mail = renderAlert({ subscription, change: revised, links });
    const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const key = encodeURIComponent(revised.documentKey);
    expect(hrefs).toContain(`${cloud.api.url}/documents/${key}/versions/2/diff`);
    expect(hrefs).toContain(`${cloud.api.url}/documents/${key}`);
    for (const href of hrefs.filter((h) => h.startsWith(`${cloud.api.url}/documents/`))) expect((await fetch(href)).status, href).toBe(200);
    expect(mail.text).toContain(`${cloud.api.url}/documents/${key}/versions/2/diff`);
  });

  it('an unknown document or change is a 404 page in Chinese', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${cloud.api.url}/documents/n%3A${'0'.repeat(32)}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('未找到该文件');
    expect((await fetch(`${cloud.api.url}/changes/nope`)).status).toBe(404);
  });
});
