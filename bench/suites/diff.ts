import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffTexts } from '../../shared/changes/diff.ts';
import { medianMs, type BenchResult, type BenchSuite } from '../result.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readSeed(file: string): string {
  const local = join(root, 'test', 'fixtures', 'seeds', file);
  return readFileSync(existsSync(local) ? local : join(root, '..', 'shared', 'seeds', file), 'utf8');
}

/** The text with `count` long lines edited (two characters replaced), spread evenly through it. */
function withEditedLines(text: string, count: number): string {
  const lines = text.split('\n');
  const candidates = lines.flatMap((l, i) => ([...l.trim()].length > 20 ? [i] : []));
  const step = Math.floor(candidates.length / count);
  for (let k = 0; k < count; k++) {
    const i = candidates[k * step] ?? 0;
    const chars = [...(lines[i] ?? '')];
    chars.splice(6, 2, '修', '订');
    lines[i] = chars.join('');
  }
  return lines.join('\n');
}

/** Bounded text diff: a real gazette with 50 edited lines, and two unrelated large documents. */
export const suite: BenchSuite = {
  title: '文本差异 text diff (jsdiff, bounded)',
  async run(): Promise<BenchResult[]> {
    const lishi = readSeed('002_f0a4a187131c9a4a.txt');
    const jiangxian = readSeed('001_55abe29401c58ba5.txt');
    const edited = withEditedLines(lishi, 50);

    const check = diffTexts(lishi, edited);
    if (check.summary.changed !== 50 || check.summary.truncated) {
      throw new Error(`diff bench: expected 50 changed paragraphs, got ${JSON.stringify(check.summary)}`);
    }
    const fifty = await medianMs(() => diffTexts(lishi, edited), 15, 3);
    const unrelated = await medianMs(() => diffTexts(lishi, jiangxian), 5, 1);
    return [
      { name: 'diff.seed002_50_changed_lines', value: fifty, unit: 'ms', budget: 20, better: 'lower' },
      { name: 'diff.unrelated_002_vs_001', value: unrelated, unit: 'ms', budget: 1000, better: 'lower' },
      { name: 'diff.seed002_kb', value: Buffer.byteLength(lishi) / 1024, unit: 'KB', budget: null, better: 'higher' },
    ];
  },
};
