import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { families } from '../../../infra/local/sample-site/families/index.ts';
import { createSourcesCommand } from '../../../shared/cli/commands/sources.ts';
import { sourceSchema } from '../../../shared/model/source.ts';
import { fetchSource } from '../../../shared/stages/fetch-source.ts';
import { startFamilyCloud, type FamilyCloud } from './harness.ts';

const io = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
};

/** `gw sources probe` on each family's fixture page, the definition it writes added and fetched end to end. */
describe('gw sources probe → add → fetch → verify → list (local cloud)', () => {
  let cloud: FamilyCloud;
  let dir: string;
  const command = () => createSourcesCommand(async () => cloud.backend.runtime);
  const probed = families.filter((f) => f.id !== 'repost');
  const expectedFamily: Record<string, string> = { paginated: 'paginated-list', trs: 'trs-list', hanweb: 'hanweb-jpage', json: 'json-list', attachments: 'detail-attachments' };

  beforeAll(async () => {
    cloud = await startFamilyCloud('probe');
    dir = mkdtempSync(join(tmpdir(), 'gw-probe-'));
  }, 60_000);
  afterAll(async () => {
    await cloud?.close();
  });

  it('without --allow-private the address guard refuses the loopback site, as the fetch stage would in production', async () => {
    const { out, io: cli } = io();
    expect(await command().run(['probe', `${cloud.site.baseUrl}${probed[0]!.probePath}`], cli)).toBe(1);
    expect(out.stderr).toMatch(/^✗ /);
    expect(out.stdout).toBe('');
  });

  it.each(probed.map((f) => f.id))('%s: recognised, its issues shown, the written definition fetches exactly them', async (id) => {
    const family = families.find((f) => f.id === id)!;
    const file = join(dir, `${id}.json`);
    const extra = id === 'json' ? ['--division', '320115', '--name', '南京市江宁区人民政府 政府信息公开'] : [];
    const { out, io: cli } = io();
    const code = await command().run(['probe', `${cloud.site.baseUrl}${family.probePath}`, '--allow-private', '--id', `probed-${id}`, '--out', file, '--show', '20', ...extra], cli);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toContain(`识别为 family: ${expectedFamily[id]}`);
    expect(out.stdout).toContain(`找到 ${family.issuePaths.length} 个期次 issues found`);
    for (const path of family.issuePaths) expect(out.stdout).toContain(`${cloud.site.baseUrl}${path}`);

    const [definition] = sourceSchema.array().parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(definition).toMatchObject({ id: `probed-${id}`, unverified: true, discovery: { method: expectedFamily[id] } });
    const added = io();
    expect(await command().run(['add', file], added.io)).toBe(0);
    const stored = await adapters(cloud.backend.runtime).sources.get(`probed-${id}`);
    const outcome = await fetchSource({ ...stored!, politeness: { ...stored!.politeness, minIntervalMs: 0 } }, {
      ...adapters(cloud.backend.runtime),
      queue: cloud.backend.queue,
      userAgent: 'gazette-watch/test',
      allowPrivate: true,
      now: cloud.backend.runtime.now,
    });
    expect(outcome).toMatchObject({ status: 'ok', failedIssues: 0, newIssues: family.issuePaths.length });
    const issues = await adapters(cloud.backend.runtime).issues.listBySource(`probed-${id}`);
    expect(issues.map((i) => new URL(i.url).pathname).sort()).toEqual([...family.issuePaths].sort());
  });

  it('the probe guesses the jurisdiction from the page title; a JSON endpoint without one asks for --division', async () => {
    const trs = io();
    await command().run(['probe', `${cloud.site.baseUrl}/families/trs/zfwj/index.html`, '--allow-private'], trs.io);
    expect(trs.out.stdout).toContain('"divisionCode": "440100"');
    const json = io();
    expect(await command().run(['probe', `${cloud.site.baseUrl}/families/json/api/list?pageNo=1&pageSize=2`, '--allow-private'], json.io)).toBe(1);
    expect(json.out.stderr).toContain('--division');
  });

  it('verify records the discovery result on each source health and clears unverified; a broken one is recorded as failed', async () => {
    const repo = adapters(cloud.backend.runtime).sources;
    const broken = { ...(await repo.get('probed-trs'))!, id: 'probed-broken', discovery: { method: 'trs-list' as const, indexUrl: `${cloud.site.baseUrl}/families/trs/missing/index.html`, linkPattern: 't', maxPages: 1 } };
    await repo.put(broken);
    const { out, io: cli } = io();
    expect(await command().run(['verify', 'probed-trs', 'probed-hanweb', 'probed-broken', '--allow-private'], cli)).toBe(1);
    expect(out.stdout).toMatch(/✓ probed-trs\s+已核实 verified: 3 个期次 issues/);
    expect(out.stdout).toMatch(/✗ probed-broken\s+核实失败 failed: HTTP 404/);
    expect((await repo.getHealth('probed-hanweb')).verification).toMatchObject({ ok: true, issues: 5, error: null });
    expect((await repo.get('probed-hanweb'))?.unverified).toBe(false);
    expect((await repo.getHealth('probed-broken')).verification).toMatchObject({ ok: false, issues: 0 });
    expect((await repo.get('probed-broken'))?.unverified).toBe(true);
  });

  it('list groups the sources by province with counts, and --problems shows only broken and quiet ones', async () => {
    const repo = adapters(cloud.backend.runtime).sources;
    const health = await repo.getHealth('probed-broken');
    await repo.putHealth({ ...health, consecutiveFailures: 3, lastError: 'HTTP 404', lastCheckedAt: '2024-01-20T02:00:00Z' });
    const { out, io: cli } = io();
    expect(await command().run(['list'], cli)).toBe(0);
    expect(out.stdout).toMatch(/^广东省 {2}共 2 · 正常 1 · 失败 1 · 安静 0 · 未抓取 0$/m);
    expect(out.stdout).toMatch(/^浙江省 {2}共 1 · 正常 1 · 失败 0 · 安静 0 · 未抓取 0$/m);
    expect(out.stdout).toContain('已核实 verified 2024-01-20（3 期）');
    expect(out.stdout).toMatch(/合计 total: 5 个省份 provinces, 6 个信息源 sources — 正常 ok 5, 失败 broken 1/);
    const problems = io();
    await command().run(['list', '--problems', '--province', '广东'], problems.io);
    expect(problems.out.stdout).toContain('probed-broken');
    expect(problems.out.stdout).not.toContain('probed-trs ');
    expect(problems.out.stdout).not.toContain('浙江省');
  });
});
