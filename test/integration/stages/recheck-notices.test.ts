/**
 * Issue 14 takedown target, on the local cloud: after a monitoring cycle (land notices linked into projects by
 * the real process handler), the sample site takes one land notice down (the 离石区 gazette: 404) and edits
 * another in place (the 太原日报 page re-typeset with the notice's 15-day period changed to 30 days); the
 * re-check handler raises exactly one alert for each, with
 * the archived original and, for the edit, the diff; run again (a replay, or next week's run) it sends nothing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecheckHandler } from '../../../functions/recheck.ts';
import { startLocalCloud, type LocalCloud } from '../../../infra/local/cloud.ts';
import { runCycle } from '../../../infra/local/cycle.ts';
import { Progress } from '../../../infra/local/progress.ts';
import type { ProjectStage } from '../../../shared/projects/project-model.ts';
import { DynamoProjectRepository } from '../../../shared/store/dynamo/project-repository.ts';
import { S3BlobStore } from '../../../shared/store/s3-blob-store.ts';
import { sha256Hex } from '../../../shared/util/hash.ts';
import { renderPdf } from '../../../scripts/sample-site/pdf-layout.ts';
import { pdfPublications } from '../../../scripts/sample-site/publications.ts';

/** The 太原日报 page as the newspaper might re-publish it with the notice edited. */
async function editedTaiyuanPage(): Promise<Buffer> {
  const pub = pdfPublications.find(([source]) => source.id === 'taiyuan-daily')![1];
  const lines = readFileSync(new URL(`../../fixtures/seeds/${pub.seed}`, import.meta.url), 'utf8').split('\n');
  const edited = lines.map((l) => l.replace('自本通告发布之日起15日内', '自本通告发布之日起30日内'));
  if (edited.join('\n') === lines.join('\n')) throw new Error('the seed no longer holds the sentence the test edits');
  return renderPdf({ title: pub.title, runningHeader: pub.runningHeader, lines: edited, created: new Date(`${pub.published}T10:00:00+08:00`), ...(pub.footer ? { footer: pub.footer } : {}) });
}


describe('re-check of known land notices on the local cloud', () => {
  let cloud: LocalCloud;
  let stages: ProjectStage[];
  const removedPath = '/lishi-gazette/upload/2023/lsgb-2023-02.pdf';
  const editedPath = () => new URL(stages.find((s) => s.sourceId === 'taiyuan-daily')!.url).pathname;
  let editedBytes: Buffer;

  beforeAll(async () => {
    cloud = await startLocalCloud({ dir: mkdtempSync(join(tmpdir(), 'gw-recheck-')), now: new Date('2026-11-20T02:00:00Z') });
    await runCycle(cloud, { progress: new Progress(true) });
    stages = await new DynamoProjectRepository(cloud.runtime.db, cloud.runtime.config.tables.projects).listAllStages();
  });
  afterAll(async () => {
    await cloud?.close();
  });

  const recheck = (at: string) => createRecheckHandler(() => cloud.runtime)({ at });

  it('has the cycle’s land notices in projects, the first alert naming its project', () => {
    // Land notices of 离石区 (02 and the scanned 01 issue), 绛县 (the issue with an image-only attachment) and 太原日报.
    expect([...new Set(stages.map((s) => s.sourceId))].sort()).toEqual(['jiangxian-gazette', 'lishi-gazette', 'taiyuan-daily']);
    expect(stages.find((s) => s.sourceId === 'taiyuan-daily')?.stage).toBe('take-back');
    const alert = cloud.outbox.sent.find((m) => m.subject.includes('收回土地使用权'));
    expect(alert?.text).toContain('所属项目：山西大学附属中学晋源学校新建项目｜本项目首次发现的文件');
    expect(alert?.text).toMatch(/证据页（哈希与核验方法）：http:\/\/127\.0\.0\.1:\d+\/evidence\//);
  });

  it('finds nothing to report while the site is unchanged', async () => {
    const before = cloud.outbox.sent.length;
    const outcome = await recheck('2026-11-23T19:00:00Z');
    expect(outcome).toMatchObject({ checked: stages.length, unchanged: stages.length, removed: 0, edited: 0, alertsSent: 0, failed: [] });
    expect(cloud.outbox.sent.length).toBe(before);
  });

  it('raises one alert for the removed notice and one for the edited one, with the archived original and the diff', async () => {
    editedBytes = await editedTaiyuanPage();
    cloud.site.takeDown(removedPath);
    cloud.site.replace(editedPath(), editedBytes);
    const before = cloud.outbox.sent.length;
    const outcome = await recheck('2026-11-30T19:00:00Z');
    // Every notice of the removed PDF is gone; the 太原日报 page is edited.
    const gone = stages.filter((s) => s.url.endsWith(removedPath)).length;
    expect(gone).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ checked: stages.length, unchanged: stages.length - gone - 1, removed: gone, edited: 1, alertsSent: gone + 1, failed: [] });
    const mails = cloud.outbox.sent.slice(before);
    expect(mails.map((m) => m.to)).toEqual(Array.from({ length: gone + 1 }, () => 'lawyer@example.com'));

    const removed = mails.find((m) => m.subject.startsWith('【公报哨兵】原文已撤下') && m.subject.includes('滨河北西路'))!;
    const lishi = stages.find((s) => s.sourceId === 'lishi-gazette' && s.url.endsWith(removedPath))!;
    expect(removed.text).toContain('HTTP 404');
    expect(removed.text).toContain(`SHA-256 ${lishi.sha256}`);
    expect(removed.text).toContain(`/archive/${lishi.rawKey}`);

    const edited = mails.find((m) => m.subject.startsWith('【公报哨兵】原文已被修改'))!;
    const taiyuan = stages.find((s) => s.sourceId === 'taiyuan-daily')!;
    expect(edited.subject).toContain('收回山西大学附属中学晋源学校');
    expect(edited.text).toContain(`SHA-256 ${taiyuan.sha256}`);
    expect(edited.text).toMatch(/修改前后对比：查看对比 http:\/\/127\.0\.0\.1:\d+\/archive\/diffs\/recheck\//);
    expect(edited.text).toMatch(/改动摘录：[\s\S]*原：[^\n]*15[\s\S]*现：[^\n]*30/);

    // The original is untouched; the edited bytes and the diff are stored beside it.
    const blobs = new S3BlobStore(cloud.runtime.s3, cloud.runtime.config.bucket);
    expect(sha256Hex(await blobs.get(taiyuan.rawKey))).toBe(taiyuan.sha256);
    expect(await blobs.exists(`raw/${taiyuan.sourceId}/${taiyuan.issueId}/${sha256Hex(editedBytes)}.pdf`)).toBe(true);
    const diff = /\/archive\/(diffs\/recheck\/[^\s]+\.html)/.exec(edited.text)?.[1];
    expect(diff && (await blobs.getText(decodeURIComponent(diff)))).toContain('<html');
  });

  it('sends nothing more when the re-check runs again (a replay, or next week with the same state)', async () => {
    const before = cloud.outbox.sent.length;
    const outcome = await recheck('2026-11-30T19:00:00Z');
    expect(outcome).toMatchObject({ removed: stages.filter((s) => s.url.endsWith(removedPath)).length, edited: 1, alertsSent: 0 });
    expect((await recheck('2026-12-07T19:00:00Z')).alertsSent).toBe(0);
    expect(cloud.outbox.sent.length).toBe(before);
  });
});
