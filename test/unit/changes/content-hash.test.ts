import { describe, expect, it } from 'vitest';
import { contentHash, normaliseForHash } from '../../../shared/changes/content-hash.ts';
import { readSeed, SEED_LISHI } from './seed.ts';

/** Seed 002's first document body (贺尔荣 免职), as printed in the seed. */
function firstDocument(): string {
  const seed = readSeed(SEED_LISHI);
  const start = seed.indexOf('吕梁市离石区人民政府 关于贺尔荣同志免职的通知');
  return seed.slice(start, seed.indexOf('(此件公开发布)', start));
}

const toFullWidth = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('contentHash', () => {
  const doc = firstDocument();
  const hash = contentHash(doc);

  it('is the hex sha256 of the normalised text', () => {
    expect(doc.length).toBeGreaterThan(80);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(normaliseForHash(doc))).toBe(hash);
  });

  it('ignores re-wrapping, spacing, CRLF, full/half width and invisible characters', () => {
    const flat = doc.replace(/\s+/g, '');
    const rewrapped = [...flat].map((c, i) => (i % 17 === 16 ? `${c}\n` : c)).join('');
    expect(contentHash(rewrapped)).toBe(hash);
    expect(contentHash(doc.replace(/\n/g, '\r\n   '))).toBe(hash);
    expect(contentHash(toFullWidth(doc))).toBe(hash);
    expect(contentHash(`\ufeff${doc.replace(/区/g, '区\u200b')}`)).toBe(hash);
    expect(contentHash(doc.replace(/〔/g, '【').replace(/〕/g, '】'))).toBe(hash);
  });

  it('changes with one changed character', () => {
    expect(contentHash(doc.replace('贺尔荣', '贺尔容'))).not.toBe(hash);
    expect(contentHash(doc.replace('2023年4月6日', '2023年4月7日'))).not.toBe(hash);
    expect(contentHash(`${doc}。`)).not.toBe(hash);
  });
});
