import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropPinyinNotes, isTraditional, toSimplified } from '../../../shared/parse/simplify.ts';
import { corpusLabels, corpusText, hasCorpus } from './corpus-reading.ts';

const seedsDir = new URL('../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

describe('traditional characters', () => {
  it('leaves every simplified seed alone', () => {
    for (const s of seeds) expect(isTraditional(s)).toBe(false);
  });

  it.skipIf(!hasCorpus)('recognises the traditional renderings of the corpus and no simplified text', () => {
    const labels = corpusLabels();
    const traditional = labels.filter((l) => l.layout.includes('traditional'));
    const recognised = traditional.filter((l) => isTraditional(corpusText(l.id)));
    expect(recognised.length / traditional.length).toBeGreaterThanOrEqual(0.9);
    // A simplified text whose title is simplified is never taken for traditional.
    const simplified = labels.filter((l) => !l.layout.includes('traditional') && l.title && toSimplified(l.title) === l.title);
    for (const l of simplified) expect(isTraditional(corpusText(l.id)), l.id).toBe(false);
  });

  it.skipIf(!hasCorpus)('converts line for line', () => {
    for (const l of corpusLabels().filter((x) => x.layout.includes('traditional'))) {
      const text = corpusText(l.id);
      expect(toSimplified(text).split('\n')).toHaveLength(text.split('\n').length);
    }
  });

  it('drops the pinyin a gateway leaves after a character, and nothing else in brackets', () => {
    expect(dropPinyinNotes('关(guān)于印发(fā)')).toBe('关于印发');
    expect(dropPinyinNotes('办法(试行)(2023年)')).toBe('办法(试行)(2023年)');
    expect(dropPinyinNotes('见附件(list)')).toBe('见附件(list)');
  });
});
