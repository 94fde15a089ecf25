import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDuplicates, type DuplicateCandidate } from '../../../shared/parse/duplicates.ts';
import { parsePublication } from '../../../shared/parse/publication.ts';

const seed = (name: string): string => readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const candidates = (text: string): DuplicateCandidate[] =>
  parsePublication(text).documents.map((d) => ({ title: d.title ?? '', docNumber: d.docNumber, text: d.text }));

describe('findDuplicates', () => {
  const docs = candidates(seed('001_55abe29401c58ba5.txt'));

  it('finds no copy among the distinct documents of an issue', () => {
    expect(docs.length).toBeGreaterThan(5);
    expect(findDuplicates(docs).every((d) => d === null)).toBe(true);
  });

  it('points every copy of an issue printed four times at the first one', () => {
    const copies = [...docs, ...docs, ...docs, ...docs];
    const dups = findDuplicates(copies);
    dups.forEach((d, i) => expect(d).toBe(i < docs.length ? null : i % docs.length));
  });

  it('takes a copy that lost a line at a page break for a copy, and a different body of the same title for none', () => {
    const original = docs.find((d) => d.text.split('\n').filter((l) => l.trim().length >= 4).length >= 10)!;
    const lines = original.text.split('\n');
    const broken = { ...original, text: [...lines.slice(0, 3), ...lines.slice(4)].join('\n') };
    const other = { ...original, text: docs.find((d) => d !== original && d.text.length > 200)!.text };
    expect(findDuplicates([original, broken, other])).toEqual([null, 0, null]);
  });
});
