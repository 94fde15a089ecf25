/**
 * Version identity: a hash of the document's text that ignores how it was laid out.
 * Whitespace, line wrapping, full/half width and invisible characters do not change it;
 * quote, bracket and dash variants that differ between PDF, HTML and OCR renderings do not either.
 */
import { createHash } from 'node:crypto';
import { compact } from './text-normalise.ts';

const PUNCTUATION_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/[“”„‟″〝〞＂]/gu, '"'],
  [/[‘’‚‛′]/gu, "'"],
  [/[〔［【〖]/gu, '['],
  [/[〕］】〗]/gu, ']'],
  [/[—–―‐‑‒─]/gu, '-'],
];

/** The text as hashed: NFKC, no whitespace or invisible characters, punctuation variants unified. */
export function normaliseForHash(text: string): string {
  let s = compact(text);
  for (const [pattern, replacement] of PUNCTUATION_VARIANTS) s = s.replace(pattern, replacement);
  return s;
}

/** Hex sha256 of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}
