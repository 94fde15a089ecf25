import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charTest, charTestOf, wordAt } from '../../../shared/classify/char-tests.ts';
import { defaultCorpusDir } from '../../../shared/eval/corpus.ts';
import { AREA_BREAKDOWN_WORDS, COMPENSATION_ITEMS } from '../../../shared/classify/land/vocabulary.ts';

const textsIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : []);
const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
/** The seeds and the development corpus where it is present: every character the classifier's scanners meet. */
const texts = [...textsIn(seeds), ...textsIn(join(defaultCorpusDir, 'texts'))].map((f) => readFileSync(f, 'utf8'));

describe('a one-character test read from a table', () => {
  const patterns = [/[。；;\n]/, /[，,。；;\n：:]/, /[\u4e00-\u9fff\d]/, /\d/, /[^，。]/, /[a-z]/i];

  it('answers as the pattern does for every character of the texts, and for a position past either end', () => {
    for (const pattern of patterns) {
      const test = charTest(pattern);
      for (const text of texts) {
        for (let i = -1; i <= text.length; i++) {
          if (test(text, i) !== pattern.test(text.charAt(i))) throw new Error(`/${pattern.source}/ at ${i}: ${JSON.stringify(text.charAt(i))}`);
        }
      }
    }
    // A negated class matches nothing past the end (charAt gives '').
    expect(charTest(/[^，。]/)('甲', 1)).toBe(false);
    expect(charTest(/[^，。]/)('甲', 0)).toBe(true);
  });

  it('refuses a pattern whose answer depends on lastIndex', () => {
    expect(() => charTest(/[。]/g)).toThrow(/state/);
    expect(() => charTest(/[。]/y)).toThrow(/state/);
  });

  it('is built once per source for the patterns callers write inline, once per object otherwise', () => {
    expect(charTestOf(/[，,。]/)).toBe(charTestOf(/[，,。]/));
    const caseless = /[a-z]/i;
    expect(charTestOf(caseless)).toBe(charTestOf(caseless));
    expect(charTestOf(caseless)('A', 0)).toBe(true);
    expect(charTestOf(/[a-z]/)('A', 0)).toBe(false);
  });
});

describe('the word of a list printed at a position', () => {
  it('is the first in list order that the text holds there, as words.find would give it', () => {
    for (const words of [COMPENSATION_ITEMS, AREA_BREAKDOWN_WORDS, ['补偿', '补偿费', '青苗']]) {
      const at = wordAt(words);
      for (const text of texts) {
        for (let i = 0; i <= text.length; i++) {
          if (at(text, i) !== words.find((w) => text.startsWith(w, i))) throw new Error(`${words.join('|')} at ${i}`);
        }
      }
    }
    expect(wordAt(['补偿', '补偿费'])('土地补偿费', 2)).toBe('补偿');
    expect(wordAt(['补偿费', '补偿'])('土地补偿费', 2)).toBe('补偿费');
    expect(wordAt(['青苗'])('土地补偿费', 2)).toBeUndefined();
  });
});
