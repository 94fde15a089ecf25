import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { createSourcesCommand, readSourceFile } from '../../../shared/cli/commands/sources.ts';
import { main } from '../../../shared/cli/main.ts';

const shanxi = fileURLToPath(new URL('../../../sources/shanxi.json', import.meta.url));

const newspaper = {
  id: 'datong-daily',
  name: '大同日报',
  jurisdiction: { province: '山西省', city: '大同市', divisionCode: '140200' },
  kind: 'newspaper',
  discovery: { method: 'dated-url', urlTemplate: 'https://epaper.example.cn/dtrb/{yyyy}{mm}/{dd}/01.pdf', lookbackDays: 2 },
  schedule: '0 7 * * *',
};

describe('gw sources', () => {
  let dir: string;
  let backend: LocalBackend;
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
  };
  const command = () => createSourcesCommand(async () => backend.runtime);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gw-cli-sources-'));
    backend = await startLocalBackend({ dir: join(dir, 'cloud') });
  });
  afterAll(async () => {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('validate: the committed Shanxi sources are valid (their public URLs marked unverified)', async () => {
    const { out, io: cli } = io();
    expect(await command().run(['validate', shanxi], cli)).toBe(0);
    expect(out.stdout).toMatch(/✓ 13 个信息源有效 sources valid（13 个地址未核实 unverified URLs）/);
    expect(out.stdout).toContain('日期地址 dated-url https://epaper.sxrb.com/pdf/{yyyy}{mm}/{dd}/01.pdf');
    expect(out.stderr).toBe('');
  });

  it('validate: reports every zod error with the file, the entry and the field path, and exits 1', async () => {
    const file = join(dir, 'bad.json');
    const bad = [
      { ...newspaper, id: 'Bad_Id', jurisdiction: { province: '山西省', divisionCode: '1402' } },
      { ...newspaper, id: 'ok-id', discovery: { method: 'dated-url', urlTemplate: 'https://a.cn/latest.pdf' } },
      { ...newspaper, id: 'sched', schedule: '99 * * * *' },
      { ...newspaper, id: 'regex', discovery: { method: 'feed', feedUrl: 'https://a.cn/rss.xml', linkPattern: '(' } },
      { ...newspaper, id: 'method', discovery: { method: 'sitemap' } },
    ];
    writeFileSync(file, JSON.stringify(bad));
    const { out, io: cli } = io();
    expect(await command().run(['validate', file], cli)).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith(`✗ ${file} [`))).toBe(true);
    expect(out.stderr).toContain(`${file} [0] (Bad_Id) id: lower-case letters, digits and dashes`);
    expect(out.stderr).toContain(`${file} [0] (Bad_Id) jurisdiction.divisionCode: a 6-digit administrative division code`);
    expect(out.stderr).toContain(`${file} [1] (ok-id) discovery.urlTemplate: needs at least one date token`);
    expect(out.stderr).toMatch(new RegExp(`\\[2\\] \\(sched\\) schedule: `));
    expect(out.stderr).toContain(`${file} [3] (regex) discovery.linkPattern: 不是有效的正则表达式`);
    expect(out.stderr).toContain(`${file} [4] (method) discovery.method:`);
    expect(out.stdout).toBe('');
  });

  it('validate: unreadable JSON and duplicate ids are reported with the file', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "id": ');
    expect(readSourceFile(broken).errors[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 无法读取 JSON`));
    const dup = join(dir, 'dup.json');
    writeFileSync(dup, JSON.stringify([newspaper, newspaper]));
    expect(readSourceFile(dup).errors).toEqual([`${dup}: 重复的 id duplicate id: datong-daily`]);
  });

  it('add writes the sources into the sources table; list shows them with discovery and health', async () => {
    const file = join(dir, 'new.json');
    writeFileSync(file, JSON.stringify(newspaper));
    const added = io();
    expect(await command().run(['add', file], added.io)).toBe(0);
    expect(added.out.stdout).toContain('✓ 已添加/更新 1 个信息源 sources added: datong-daily');
    const stored = await adapters(backend.runtime).sources.get('datong-daily');
    expect(stored).toMatchObject({ name: '大同日报', discovery: { method: 'dated-url', lookbackDays: 2 }, politeness: { minIntervalMs: 2000 } });

    await adapters(backend.runtime).sources.putHealth({
      sourceId: 'datong-daily',
      lastCheckedAt: '2024-01-05T02:00:00.000Z',
      lastSuccessAt: null,
      lastNewIssueAt: null,
      consecutiveFailures: 2,
      lastError: 'HTTP 503',
      indexEtag: null,
      indexLastModified: null,
    });
    const listed = io();
    expect(await command().run(['list'], listed.io)).toBe(0);
    expect(listed.out.stdout).toMatch(/datong-daily\s+大同日报 {2}\[newspaper\] ✗ 连续失败 2 次：HTTP 503/);
    expect(listed.out.stdout).toContain('日期地址 dated-url https://epaper.example.cn/dtrb/{yyyy}{mm}/{dd}/01.pdf（回溯 2 天）');
  });

  it('an invalid file adds nothing', async () => {
    const file = join(dir, 'half.json');
    writeFileSync(file, JSON.stringify([{ ...newspaper, id: 'good-one' }, { ...newspaper, id: 'bad one' }]));
    const { io: cli } = io();
    expect(await command().run(['add', file], cli)).toBe(1);
    expect(await adapters(backend.runtime).sources.get('good-one')).toBeNull();
  });

  it('usage errors go through the CLI entry point with exit code 2', async () => {
    const { out, io: cli } = io();
    expect(await main(['sources', 'frobnicate'], cli)).toBe(2);
    expect(out.stderr).toMatch(/用法 usage: gw sources list \| validate <file.json> \| add <file.json>/);
  });
});
