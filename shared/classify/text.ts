/**
 * Text helpers for the classifier: one compact form of a document's text in which
 * patterns can be matched without caring about PDF line wraps, stray spaces or
 * half-width punctuation.
 */
import { charTest } from './char-tests.ts';

/**
 * What compaction does to each ASCII character: undefined keeps it, '' drops it (spaces), else its full-width
 * form (half-width punctuation). Of the characters above ASCII only U+00A0 and U+3000 (spaces) are dropped.
 */
const ASCII: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array<string | undefined>(128).fill(undefined);
  for (const space of [' ', '\t', '\r', '\v', '\f']) table[space.charCodeAt(0)] = '';
  const fullWidth = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
  for (const [half, full] of Object.entries(fullWidth)) table[half.charCodeAt(0)] = full;
  return table;
})();
const LINE_FEED = 10;
const NO_BREAK_SPACE = 0xa0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** The compact forms of one text: with its line breaks and without them. */
export interface CompactText {
  lines: string;
  run: string;
}

/**
 * Both compact forms in one pass over the text, copying the runs between the characters dropped or mapped (most
 * of a Chinese text is such a run, so few slices are made). Runs over every document's whole text; two regex
 * passes per form (one with a replacement callback per comma) were the classifier's hottest spot.
 */
export function compactText(text: string): CompactText {
  let lines = '';
  let run = '';
  let linesFrom = 0;
  let runFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && code !== NO_BREAK_SPACE && code !== IDEOGRAPHIC_SPACE) continue;
    if (code === LINE_FEED) {
      run += text.slice(runFrom, i);
      runFrom = i + 1;
      continue;
    }
    const replacement = code < 128 ? ASCII[code] : '';
    if (replacement === undefined) continue;
    lines += text.slice(linesFrom, i) + replacement;
    run += text.slice(runFrom, i) + replacement;
    linesFrom = i + 1;
    runFrom = i + 1;
  }
  return { lines: linesFrom === 0 ? text : lines + text.slice(linesFrom), run: runFrom === 0 ? text : run + text.slice(runFrom) };
}

/**
 * Spaces removed (Chinese text has none that matter), punctuation unified, line breaks kept
 * so callers that care about list lines can still see them.
 */
export function compactLines(text: string): string {
  return compactText(text).lines;
}

/** Spaces and line breaks removed, punctuation unified: one run of text. */
export function compactRun(text: string): string {
  return compactText(text).run;
}

/**
 * A pattern matching any of the literal words (built once, at module load): one scan of a text finds the first of
 * them, where one indexOf per word scans the whole text for each word it does not hold.
 */
export function anyWordPattern(words: readonly string[]): RegExp {
  return new RegExp([...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/** The words of a pattern that is a plain alternation of literal words (任命|免去|：), or an error if it is not. */
export function wordsOf(pattern: RegExp): string[] {
  const words = pattern.source.split('|');
  if (words.some((w) => w.length === 0 || /[\\^$.*+?()[\]{}]/.test(w))) throw new Error(`not a list of words: /${pattern.source}/`);
  return words;
}

/** The words none of which holds another (for an any-word test, 聘 stands for 聘任 and 聘用). */
export function minimalWords(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((v) => v !== w && w.includes(v)));
}

/** Every start index of needle in haystack (plain substring search, linear). */
export function indexesOf(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    out.push(at);
    at = haystack.indexOf(needle, at + needle.length);
  }
  return out;
}

/** The first keyword of the list that occurs in text, or null. */
export function firstKeywordIn(text: string, keywords: readonly string[]): string | null {
  for (const keyword of keywords) if (text.includes(keyword)) return keyword;
  return null;
}

/** Sentence end punctuation used when cutting a clause out of a run of text. */
export const SENTENCE_END = /[。；！？\n]/;
const isSentenceEnd = charTest(SENTENCE_END);

/** Start and end of the sentence around position `at` in text (bounded to `radius` characters each side). */
export function sentenceBounds(text: string, at: number, radius = 160): { start: number; end: number } {
  let start = at;
  const minStart = Math.max(0, at - radius);
  while (start > minStart && !isSentenceEnd(text, start - 1)) start--;
  let end = at;
  const maxEnd = Math.min(text.length, at + radius);
  while (end < maxEnd && !isSentenceEnd(text, end)) end++;
  return { start, end };
}

/** The sentence around position `at` in text (bounded to `radius` characters each side). */
export function sentenceAround(text: string, at: number, radius = 160): { text: string; start: number } {
  const { start, end } = sentenceBounds(text, at, radius);
  return { text: text.slice(start, end), start };
}

/** Removes a trailing 的通知/的决定/… so the object of a title remains. */
export function stripTitleTail(title: string): string {
  return title.replace(/的(?:通知|决定|通告|公告|函|批复|命令|意见)$/, '');
}
