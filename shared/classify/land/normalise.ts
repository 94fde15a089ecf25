/**
 * Text normalisation shared by the land extractors: full-width digits and letters become ASCII,
 * spaces inside lines are dropped (Chinese needs none; PDF extraction scatters them), tabs and
 * line breaks are kept because they separate table cells and lines.
 */
import { charTest, charTestOf } from '../char-tests.ts';

const FULLWIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ．／]/g;
const INLINE_SPACE = /[ \u00a0\u3000]+/g;

export function normaliseFactText(text: string): string {
  return text
    .replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\r\n?/g, '\n')
    .replace(INLINE_SPACE, '');
}

/** Characters that end a sentence (or a table line). */
export const SENTENCE_END = /[。；;\n]/;
const isSentenceEnd = charTest(SENTENCE_END);
/** Characters that end a clause. */
export const CLAUSE_END = /[。；;\n，,：:]/;

/** Start index of the sentence containing `index` (after the last sentence end before it), at most `max` back. */
export function sentenceStart(text: string, index: number, max = 200, ends: RegExp = SENTENCE_END): number {
  const floor = Math.max(0, index - max);
  const isEnd = ends === SENTENCE_END ? isSentenceEnd : charTestOf(ends);
  for (let i = index - 1; i >= floor; i--) {
    if (isEnd(text, i)) return i + 1;
  }
  return floor;
}

/** End index (exclusive) of the sentence containing `index`, at most `max` forward. */
export function sentenceEnd(text: string, index: number, max = 200, ends: RegExp = SENTENCE_END): number {
  const ceiling = Math.min(text.length, index + max);
  const isEnd = ends === SENTENCE_END ? isSentenceEnd : charTestOf(ends);
  for (let i = index; i < ceiling; i++) {
    if (isEnd(text, i)) return i;
  }
  return ceiling;
}
