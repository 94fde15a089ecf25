import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anyWordPattern, compactLines, compactRun, compactText, minimalWords, wordsOf } from '../../../shared/classify/text.ts';
import { defaultCorpusDir } from '../../../shared/eval/corpus.ts';

const textsIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : []);
const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
/** The seeds, and the development corpus where it is present. */
const files = [...textsIn(seeds), ...textsIn(join(defaultCorpusDir, 'texts'))];

/** The definition of the compact forms, written the plain way: what the one-pass reader must equal. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const byDefinition = (text: string, keepLineBreaks: boolean): string =>
  text.replace(keepLineBreaks ? /[ \t\r\v\f\u00a0\u3000]+/g : /[ \t\r\v\f\u00a0\u3000\n]+/g, '').replace(/[,:;()?!]/g, (c) => FULL_WIDTH[c] ?? c);

describe('compact text', () => {
  it('drops spaces and unifies half-width punctuation, with and without line breaks', () => {
    const text = '一、 任命：\n张三同志为某某局局长(试用期一年);\u3000李四,王五\u00a0免职!\t?';
    expect(compactLines(text)).toBe('一、任命：\n张三同志为某某局局长（试用期一年）；李四，王五免职！？');
    expect(compactRun(text)).toBe('一、任命：张三同志为某某局局长（试用期一年）；李四，王五免职！？');
    expect(compactText('')).toEqual({ lines: '', run: '' });
    expect(compactText(' \n ')).toEqual({ lines: '\n', run: '' });
    expect(compactText('全角，标点。不变')).toEqual({ lines: '全角，标点。不变', run: '全角，标点。不变' });
  });

  it('equals the plain definition on every seed and corpus text', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { lines, run } = compactText(text);
      expect(lines, file).toBe(byDefinition(text, true));
      expect(run, file).toBe(byDefinition(text, false));
    }
  });
});

describe('any-word pattern', () => {
  it('finds the first of the words, reading them literally', () => {
    const pattern = anyWordPattern(['免去', '任命', '(试行)', '任命']);
    expect('会议决定任命张三，免去李四'.search(pattern)).toBe(4);
    expect('某某办法(试行)'.search(pattern)).toBe(4);
    expect('某某办法试行'.search(pattern)).toBe(-1);
  });
});

describe('word lists of patterns', () => {
  it('reads the words of a plain alternation and refuses any other pattern', () => {
    expect(wordsOf(/任命|免去|：/)).toEqual(['任命', '免去', '：']);
    expect(() => wordsOf(/拟任(?!命)/)).toThrow(/not a list of words/);
    expect(() => wordsOf(/任命||免去/)).toThrow(/not a list of words/);
  });

  it('keeps only the words that hold no other (an any-word test means the same)', () => {
    expect(minimalWords(['聘任', '聘', '聘用', '同志为', '同志', '决定', '决定'])).toEqual(['聘', '同志', '决定']);
  });
});
