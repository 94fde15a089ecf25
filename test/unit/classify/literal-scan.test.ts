import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { literalLed, literalLedMatches } from '../../../shared/classify/literal-scan.ts';
import { compactRun } from '../../../shared/classify/text.ts';
import { defaultCorpusDir } from '../../../shared/eval/corpus.ts';

const textsIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : []);
const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
const runs = [...textsIn(seeds), ...textsIn(join(defaultCorpusDir, 'texts'))].map((f) => compactRun(readFileSync(f, 'utf8')));
const shown = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${[...m].join('|')}`);

describe('matches of a pattern that opens with a word', () => {
  const forms: [string, string][] = [
    ['起', '(?:(\\d{1,3})(?:日|天)后)?(施行|实施|执行)'],
    ['《', '([^《》]{2,80})》'],
    ['自', '[^，。]{0,20}?起'],
  ];

  it('are the global pattern’s matchAll, in order, groups and all, on the seeds and the corpus', () => {
    for (const [word, rest] of forms) {
      const global = new RegExp(`${word}(?:${rest})`, 'g');
      const pattern = literalLed(word, rest);
      for (const run of runs) expect(shown(literalLedMatches(run, pattern))).toEqual(shown(run.matchAll(global)));
    }
  });

  it('never overlap: the next search starts after a match', () => {
    expect(shown(literalLedMatches('起起施行起施行', literalLed('起', '起?施行')))).toEqual(['0:起起施行', '4:起施行']);
    expect(literalLedMatches('没有', literalLed('起', '施行'))).toEqual([]);
  });
});
