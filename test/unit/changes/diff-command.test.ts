import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../shared/cli/main.ts';
import { defaultHtmlPath } from '../../../shared/cli/commands/diff.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return main(['diff', ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t) }).then((code) => ({ code, out, err }));
}

describe('gw diff', () => {
  it('prints the terminal diff and writes the HTML view where asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-diff-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'v1.txt'), '第一条\n征收期限20日\n');
    writeFileSync(join(dir, 'v2.txt'), '第一条\n征收期限30日\n第三条\n');
    const html = join(dir, 'out', 'view.html');
    const r = await run([join(dir, 'v1.txt'), join(dir, 'v2.txt'), '--html', html, '--doc-number', '离政办发〔2023〕6号']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('~ 征收期限[-2-]{+3+}0日');
    expect(r.out).toContain('+ 第三条');
    expect(r.out).toContain(html);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<del>2</del><ins>3</ins>');
    expect(page).toContain('文号：离政办发〔2023〕6号');
  });

  it('rejects missing arguments and unreadable files with exit code 2', async () => {
    expect((await run(['only-one.txt'])).code).toBe(2);
    const missing = await run(['/nonexistent/a.txt', '/nonexistent/b.txt', '--html', join(tmpdir(), 'never.html')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/nonexistent/a.txt');
    expect(existsSync(join(tmpdir(), 'never.html'))).toBe(false);
  });

  it('defaults the HTML path to .local/diff/<name>.html', () => {
    expect(defaultHtmlPath('/tmp/离政办发 v2.txt')).toBe(join('.local', 'diff', '离政办发_v2.html'));
  });
});
