import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSourcesCommand } from '../../../shared/cli/commands/sources.ts';

const source = (id: string, jurisdiction: Record<string, string>) => ({
  id,
  name: id,
  jurisdiction,
  kind: 'document-list',
  discovery: { method: 'trs-list', indexUrl: `https://www.example.gov.cn/${id}/` },
});

const run = async (args: string[]) => {
  const out = { stdout: '', stderr: '' };
  const code = await createSourcesCommand(() => Promise.reject(new Error('validate needs no cloud'))).run(args, {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  });
  return { code, ...out };
};

describe('gw sources validate <file>…', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-validate-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it('several files: counts per province; the family defaults filled in', async () => {
    const a = write('a.json', [source('zhongmu-docs', { province: '河南省', city: '郑州市', county: '中牟县', divisionCode: '410122' })]);
    const b = write('b.json', [{ ...source('henan-gazette', { province: '河南省', divisionCode: '410000' }), kind: 'gazette' }]);
    const r = await run(['validate', a, b]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ 2 个信息源有效 sources valid');
    expect(r.stdout).toContain('2 个文件 files · 1 个省份 provinces · 省政府公报 provincial gazettes 1 · 其他 other 1');
    expect(r.stdout).toMatch(/河南省\s+1\s+1\s+0\s+2/);
  });

  it('an id used in two files, and a division code that does not match its names or does not exist, fail the run', async () => {
    const a = write('c.json', [source('dup', { province: '河南省', divisionCode: '410000' })]);
    const b = write('d.json', [
      source('dup', { province: '河南省', divisionCode: '410000' }),
      source('wrong-name', { province: '河南省', city: '郑州市', county: '中牟县', divisionCode: '410181' }),
      source('no-such', { province: '河南省', divisionCode: '419999' }),
    ]);
    const r = await run(['validate', a, b]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${b}: 重复的 id duplicate id: dup（已在 also in ${a}）`);
    expect(r.stderr).toContain(`${b} [1] (wrong-name) jurisdiction: 区县应为 county should be 巩义市（代码 410181）`);
    expect(r.stderr).toContain(`${b} [2] (no-such) jurisdiction: 行政区划代码 419999 不存在 unknown division code`);
  });

  it('a discovery of a new family with a bad pattern is reported at its field', async () => {
    const bad = write('e.json', [{ ...source('bad-re', { province: '河南省', divisionCode: '410000' }), discovery: { method: 'paginated-list', indexUrl: 'https://a.gov.cn/', linkPattern: '(' } }]);
    const r = await run(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad} [0] (bad-re) discovery.linkPattern: 不是有效的正则表达式`);
  });
});
