/**
 * The land pages in a real browser (headless Chromium through playwright-core) after a real monitoring cycle on
 * the local cloud: the project list, a project page and a document's evidence page read on a phone-sized
 * screen, checked with axe-core (zero violations), and the calendar links answer .ics.
 * Skipped, with the reason printed, only when playwright-core or /usr/bin/chromium is missing — and never in CI.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCloud, type LocalCloud } from '../../infra/local/cloud.ts';
import { runCycle } from '../../infra/local/cycle.ts';
import { Progress } from '../../infra/local/progress.ts';
import { calendarToken } from '../../shared/calendar/feed-token.ts';
import { DynamoProjectRepository } from '../../shared/store/dynamo/project-repository.ts';
import { browserMissing as missing, launchChromium, openAuditedPage, phoneContext } from '../support/browser.ts';

describe.skipIf(missing !== null)('land pages in headless Chromium', () => {
  let cloud: LocalCloud;
  let browser: import('playwright-core').Browser;
  let context: import('playwright-core').BrowserContext;

  beforeAll(async () => {
    cloud = await startLocalCloud({ dir: mkdtempSync(join(tmpdir(), 'gw-land-pages-')), now: new Date('2026-11-20T02:00:00Z') });
    await runCycle(cloud, { progress: new Progress(true) });
    browser = await launchChromium();
    // A phone-sized screen; axe is injected past the pages' CSP (the pages themselves run no script).
    context = await phoneContext(browser);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await cloud?.close();
  });

  // 200, CSP, no axe violation, readable on a phone (nothing wider than the screen).
  const check = (path: string) => openAuditedPage(context, `${cloud.api.url}${path}`);

  it('lists the projects and shows a project’s stages in order with what is still open', async () => {
    const list = await check('/projects');
    expect(await list.locator('h1').textContent()).toBe('土地征收项目');
    await list.getByRole('link', { name: '山西大学附属中学晋源学校新建项目' }).click();
    expect(await list.locator('h1').textContent()).toBe('山西大学附属中学晋源学校新建项目');
    const project = await check(new URL(list.url()).pathname);
    expect(await project.locator('ol.timeline > li').count()).toBe(1);
    expect(await project.locator('ol.timeline > li .stage').first().textContent()).toContain('收回国有土地使用权');
    expect(await project.getByRole('heading', { name: '期限' }).count()).toBe(1);
    expect(await project.locator('table').textContent()).toContain('15日内');
  });

  it('shows a document’s evidence: hash, capture time, validators, how to verify, facts with their lines', async () => {
    const stages = await new DynamoProjectRepository(cloud.runtime.db, cloud.runtime.config.tables.projects).listAllStages();
    const stage = stages.find((s) => s.sourceId === 'taiyuan-daily')!;
    const page = await check(`/evidence/${stage.changeId}`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(stage.sha256);
    expect(text).toContain(`sha256sum original.pdf`);
    expect(text).toMatch(/抓取时间\d{4}-\d{2}-\d{2}T/);
    expect(text).toMatch(/ETag"?[0-9a-f-]/);
    expect(text).toContain('第 ');
    const archive = page.getByRole('link', { name: /打开原件/ });
    expect(await archive.getAttribute('href')).toContain(`/archive/${stage.rawKey}`);
    await page.getByRole('link', { name: '山西大学附属中学晋源学校新建项目' }).click();
    expect(await page.locator('h1').textContent()).toBe('山西大学附属中学晋源学校新建项目');
  });

  it('answers the calendar links with .ics: one document’s deadlines and a subscriber’s feed', async () => {
    const stages = await new DynamoProjectRepository(cloud.runtime.db, cloud.runtime.config.tables.projects).listAllStages();
    const stage = stages.find((s) => s.sourceId === 'taiyuan-daily')!;
    const doc = await fetch(`${cloud.api.url}/calendar/doc/${stage.changeId}.ics`);
    expect(doc.headers.get('content-type')).toMatch(/^text\/calendar/);
    const docIcs = await doc.text();
    expect(docIcs).toContain('BEGIN:VEVENT');
    const feed = await fetch(`${cloud.api.url}/calendar/${calendarToken(cloud.runtime.config.tokenSecret, 'demo-lawyer')}.ics`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(`UID:${stage.changeId}-0@gazette-watch`);
    expect((await fetch(`${cloud.api.url}/calendar/${calendarToken('some-other-secret-value', 'demo-lawyer')}.ics`)).status).toBe(404);
  });
});
