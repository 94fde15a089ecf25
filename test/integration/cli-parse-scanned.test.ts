import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command } from '../../shared/cli/commands/parse.ts';
import type { CliIo } from '../../shared/cli/command.ts';

/** `gw parse <scanned.pdf> --json` reads a scanned PDF through the extract stage's own extraction (issue 20). */
const scanned = join(import.meta.dirname, '../fixtures/site/files/lishi-gazette/upload/2023/lsgb-2023-01.pdf');
const attachment = join(import.meta.dirname, '../fixtures/site/files/jiangxian-gazette/zfgb/2024/jxzfgb-2024-02.pdf');

function capture(tty: boolean): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: tty, toolEnv: { PATH: process.env.PATH } }, out, err };
}

describe('gw parse on a scanned PDF', () => {
  it('prints exactly one JSON object with the documents and their 文号; no progress when stderr is not a terminal', async () => {
    const c = capture(false);
    expect(await command.run([scanned, '--json', '--place', '离石区,吕梁市'], c.io)).toBe(0);
    expect(c.out).toHaveLength(1);
    const parsed = JSON.parse(c.out[0]!) as { documents: { docNumber: string | null; category: string }[] };
    expect(parsed.documents.map((d) => d.docNumber)).toEqual(['离政发〔2023〕2号', '离政函〔2023〕6号', '离政办发〔2023〕4号']);
    expect(parsed.documents.map((d) => d.category)).toEqual(['appointment', 'land', 'other']);
    expect(c.err.join('')).not.toMatch(/OCR \d+\/\d+/);
  }, 120_000);

  it('shows page progress on a terminal, on stderr only (a text PDF with one image-only attachment page)', async () => {
    const c = capture(true);
    expect(await command.run([attachment, '--json'], c.io)).toBe(0);
    expect(c.err.join('')).toMatch(/OCR 1\/1（第2页）/);
    expect(() => JSON.parse(c.out.join(''))).not.toThrow();
  }, 120_000);
});
