/** Seed publications for the change-detection tests: test/fixtures/seeds/ if copied there, else ../shared/seeds/. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function readSeed(file: string): string {
  const local = join(root, 'test', 'fixtures', 'seeds', file);
  return readFileSync(existsSync(local) ? local : join(root, '..', 'shared', 'seeds', file), 'utf8');
}

export const SEED_LISHI = '002_f0a4a187131c9a4a.txt';
export const SEED_JIANGXIAN = '001_55abe29401c58ba5.txt';
export const SEED_SHANYIN = '004_846eea8e32d5f7bb.txt';

/** The seed with `count` long lines edited (two characters replaced by 修订), spread evenly. */
export function withEditedLines(text: string, count: number): { text: string; edited: string[] } {
  const lines = text.split('\n');
  const candidates = lines.flatMap((l, i) => ([...l.trim()].length > 20 ? [i] : []));
  const step = Math.floor(candidates.length / count);
  const edited: string[] = [];
  for (let k = 0; k < count; k++) {
    const i = candidates[k * step] ?? 0;
    const chars = [...(lines[i] ?? '')];
    chars.splice(6, 2, '修', '订');
    lines[i] = chars.join('');
    edited.push(lines[i] ?? '');
  }
  return { text: lines.join('\n'), edited };
}
