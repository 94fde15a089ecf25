import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../shared/cli/main.ts';

const seed = fileURLToPath(new URL('../../fixtures/seeds/002_f0a4a187131c9a4a.txt', import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('gw parse', () => {
  it('prints exactly the §4.1 object with --json', async () => {
    const { code, out } = await run(['parse', seed, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { file: string; kind: string; documents: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['file', 'kind', 'documents']);
    expect(parsed.kind).toBe('gazette');
    expect(parsed.documents).toHaveLength(32);
    expect(Object.keys(parsed.documents[0]!)).toEqual(['title', 'docNumber', 'issuer', 'date', 'issuers', 'startLine', 'endLine', 'category', 'tags', 'subtype', 'confidence', 'evidence', 'duplicateOf', 'appointments', 'land', 'regulation']);
    expect(parsed.documents[0]).toMatchObject({ docNumber: '离政发〔2023〕3号', startLine: 158, endLine: 166, date: '2023-04-06' });
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['parse', seed]);
    expect(code).toBe(0);
    expect(out).toContain('离政发〔2023〕3号');
    expect(out.split('\n').length).toBeGreaterThan(32);
  });

  it('fails with one line on bad input: missing, empty, too large', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-parse-'));
    try {
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const big = join(dir, 'big.txt');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 100 * 1024 * 1024);
      closeSync(fd);
      for (const file of [join(dir, 'missing.txt'), empty, big]) {
        const { code, out, err } = await run(['parse', file, '--json']);
        expect(code).not.toBe(0);
        expect(out).toBe('');
        expect(err.trim().split('\n')).toHaveLength(1);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
