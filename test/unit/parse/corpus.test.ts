import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../../shared/parse/publication.ts';
import { toSimplified } from '../../../shared/parse/simplify.ts';
import { corpusLabels, corpusText, hasCorpus, type CorpusLabel } from './corpus-reading.ts';

const fold = (s: string | null | undefined): string | null => (s ? toSimplified(s).replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùü]{1,8}[)）]|\s/g, '') : null);

/** The document of a text that the label describes: the one with its title, else the first. */
function documentOf(label: CorpusLabel) {
  const docs = parsePublication(corpusText(label.id)).documents;
  return docs.find((d) => fold(d.title) === fold(label.title)) ?? docs[0] ?? null;
}

describe.skipIf(!hasCorpus)('reading the development corpus (real documents from all of China)', () => {
  const labels = corpusLabels();
  const read = labels.map((l) => ({ label: l, doc: documentOf(l) }));
  const share = (field: 'title' | 'docNumber' | 'date'): number => read.filter(({ label, doc }) => fold(label[field]) === fold(doc?.[field] ?? null)).length / read.length;

  it('gets titles, 文号 and dates right for most documents (floors; raise them as reading improves)', () => {
    expect(share('title')).toBeGreaterThanOrEqual(0.94);
    expect(share('docNumber')).toBeGreaterThanOrEqual(0.97);
    expect(share('date')).toBeGreaterThanOrEqual(0.95);
  });

  it('makes up no title where the text prints none', () => {
    const untitled = read.filter(({ label }) => label.title === null);
    const invented = untitled.filter(({ doc }) => doc?.title && /[。]/.test(doc.title));
    expect(invented).toEqual([]);
  });

  it('returns simplified fields for traditional pages', () => {
    for (const { label, doc } of read.filter((r) => r.label.layout.includes('traditional'))) {
      if (doc?.title) expect(toSimplified(doc.title), label.id).toBe(doc.title);
    }
  });
});
