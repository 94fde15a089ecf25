import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { repostFamily } from '../../../infra/local/sample-site/families/repost.ts';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';
import { startFamilyCloud, type FamilyCloud } from './harness.ts';

/**
 * The land notice 中牟县人民政府 prints with its 文号 and 中牟县自然资源局 reposts without it (title spaced
 * otherwise): one document with two appearances, one change listing both sources, one alert.
 */
describe('one document, many sources (local cloud)', () => {
  let cloud: FamilyCloud;
  const [gov, zrzyj] = repostFamily.sources('http://placeholder.invalid');

  const subscriber = (id: string, email: string) =>
    subscriptionSchema.parse({
      subscriberId: id,
      email,
      name: '中牟县征地关注者',
      status: 'active',
      language: 'zh',
      timeZone: 'Asia/Shanghai',
      frequency: 'immediate',
      filters: { categories: ['land'], jurisdictions: ['中牟县'] },
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    });

  beforeAll(async () => {
    cloud = await startFamilyCloud('repost');
    await adapters(cloud.backend.runtime).subscribers.put(subscriber('zhongmu-lawyer', 'zhongmu@example.com'));
  }, 60_000);
  afterAll(async () => {
    await cloud?.close();
  });

  it('both sources fetched and processed in one cycle: one change with both links, two appearances, one alert naming both sources', async () => {
    const sources = repostFamily.sources(cloud.site.baseUrl);
    const summary = await cloud.cycle(sources);
    expect(summary).toMatchObject({ fetched: 2, processed: 2, deadLetters: 0 });

    const a = adapters(cloud.backend.runtime);
    const changes = (await a.changes.listByDay('2024-01-20')).filter((c) => c.title.includes('征收土地的预公告'));
    expect(changes).toHaveLength(1);
    const change = changes[0]!;
    expect(change).toMatchObject({ kind: 'new', version: 1, category: 'land', docNumber: '中政土预〔2024〕2号' });
    expect(change.links.map((l) => l.sourceId).sort()).toEqual([gov!.id, zrzyj!.id].sort());

    const appearances = await a.documents.listAppearances(change.documentKey);
    expect(appearances.map((x) => x.sourceId).sort()).toEqual([gov!.id, zrzyj!.id].sort());
    expect(new Set(appearances.map((x) => x.version))).toEqual(new Set([1]));

    const alerts = cloud.backend.outbox.sent.filter((m) => m.to === 'zhongmu@example.com');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain('中牟县人民政府政府文件');
    expect(alerts[0]!.text).toContain('中牟县自然资源局征地信息公开');
  });

  it('the repost seen again later (another cycle) adds nothing and sends nothing', async () => {
    const before = cloud.backend.outbox.sent.length;
    const again = await cloud.cycle(repostFamily.sources(cloud.site.baseUrl));
    expect(again).toMatchObject({ notified: 0, deadLetters: 0 });
    expect(cloud.backend.outbox.sent.length).toBe(before);
  });
});
