import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { families } from '../../../infra/local/sample-site/families/index.ts';
import { startFamilyCloud, type FamilyCloud } from './harness.ts';

/**
 * Every CMS family the sample site publishes, read by its discovery strategy through the real fetch handler
 * (robots.txt, pacing, S3, DynamoDB), then processed by the real process handler on the local cloud.
 */
describe('discovery families end to end on the local cloud', () => {
  let cloud: FamilyCloud;
  let summary: Awaited<ReturnType<FamilyCloud['cycle']>>;
  const ids = families.filter((f) => f.id !== 'repost').map((f) => f.id);

  beforeAll(async () => {
    cloud = await startFamilyCloud('families');
    summary = await cloud.cycle(families.filter((f) => f.id !== 'repost').flatMap((f) => f.sources(cloud.site.baseUrl)));
  }, 120_000);
  afterAll(async () => {
    await cloud?.close();
  });

  it('the cycle ran every source, processed every issue, left no dead letters', () => {
    expect(summary.fetched).toBe(ids.length);
    expect(summary.deadLetters).toBe(0);
  });

  it.each(ids)('%s: every issue the family publishes is found (each once), archived in S3 and processed', async (id) => {
    const family = families.find((f) => f.id === id)!;
    const [source] = family.sources(cloud.site.baseUrl);
    const a = adapters(cloud.backend.runtime);
    const issues = await a.issues.listBySource(source!.id);
    expect(issues.map((i) => new URL(i.url).pathname).sort()).toEqual([...family.issuePaths].sort());
    for (const issue of issues) {
      expect(issue.rawKey).toMatch(new RegExp(`^raw/${source!.id}/[0-9a-f]{20}/[0-9a-f]{64}\\.(pdf|html)$`));
      expect(await a.blobs.exists(issue.rawKey)).toBe(true);
      expect({ url: issue.url, status: issue.status, reason: issue.reason }).toEqual({ url: issue.url, status: 'processed', reason: null });
      expect(issue.title).toBeTruthy();
      expect(issue.publishedAt).toMatch(/^20\d{2}-\d{2}-\d{2}T00:00:00\+08:00$/);
    }
    expect((await a.sources.getHealth(source!.id))).toMatchObject({ consecutiveFailures: 0, lastError: null });
  });

  it('titles and dates come from the lists: title attributes over cut texts, TRS URL days, JSON dates, detail pages for attachments', async () => {
    const a = adapters(cloud.backend.runtime);
    const byPath = async (sourceId: string) => new Map((await a.issues.listBySource(sourceId)).map((i) => [new URL(i.url).pathname, i]));
    const paginated = await byPath('fixture-paginated');
    expect(paginated.get('/families/paginated/tzgg/202312/1228.html')).toMatchObject({ title: '石家庄市人民政府办公室关于做好2024年元旦春节期间安全生产工作的通知', publishedAt: '2023-12-29T00:00:00+08:00' });
    const trs = await byPath('fixture-trs');
    expect(trs.get('/families/trs/zfwj/202312/t20231225_8990.html')?.publishedAt).toBe('2023-12-25T00:00:00+08:00');
    const json = await byPath('fixture-json');
    expect(json.get('/families/json/zfxxgk/2023/12/doc-3090.html')).toMatchObject({ title: '南京市江宁区人民政府关于公布2023年区级行政规范性文件清理结果的决定', publishedAt: '2023-12-26T00:00:00+08:00' });
    const attachments = await byPath('fixture-attachments');
    expect(attachments.get('/families/attachments/zfgb/202401/P020240115330100001.pdf')).toMatchObject({ title: '绛县人民政府公报2024年第1期', publishedAt: '2024-01-15T00:00:00+08:00' });
  });

  it('the documents of the detail pages are read: title, 文号 and issuer as the page prints them', async () => {
    const changes = await adapters(cloud.backend.runtime).changes.listByDay('2024-01-20');
    const titles = new Map(changes.map((c) => [c.title, c]));
    expect(titles.get('杭州市余杭区人民政府关于划定余杭区高污染燃料禁燃区的通告')).toMatchObject({ docNumber: '余政发〔2024〕3号', issuer: '杭州市余杭区人民政府' });
    expect(titles.get('广州市人民政府关于调整广州市最低工资标准的通知')).toMatchObject({ docNumber: '穗府〔2023〕15号', jurisdiction: { city: '广州市' } });
    expect(titles.get('南京市江宁区人民政府关于调整区级议事协调机构的通知')?.docNumber).toBe('江宁政发〔2024〕2号');
  });

  it('a second run finds nothing new: unchanged lists answer 304 or list only known issues', async () => {
    const again = await cloud.cycle(families.filter((f) => f.id !== 'repost').flatMap((f) => f.sources(cloud.site.baseUrl)));
    expect(again).toMatchObject({ processed: 0, notified: 0, deadLetters: 0 });
  });
});
