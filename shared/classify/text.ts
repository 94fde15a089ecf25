/**
 * Text helpers for the classifier: one compact form of a document's text in which
 * patterns can be matched without caring about PDF line wraps, stray spaces or
 * half-width punctuation.
 */

/** Space characters dropped from compact text, with and without the line feed. */
const DROPPED_SPACES = /[ \t\r\v\f\u00a0\u3000]+/g;
const DROPPED_SPACES_AND_LINE_FEEDS = /[ \t\r\v\f\u00a0\u3000\n]+/g;

/** Half-width punctuation unified to its full-width form. */
const HALF_WIDTH_PUNCTUATION = /[,:;()?!]/g;
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const fullWidthOf = (ch: string): string => FULL_WIDTH[ch] ?? ch;

/**
 * Two native regex passes (drop spaces, then map punctuation): the two sets of characters are disjoint and
 * each mapping is one character to one, so the order does not matter. Runs over every document's whole text,
 * where a character loop in JavaScript was the classifier's hottest spot.
 */
function compact(text: string, keepLineBreaks: boolean): string {
  return text.replace(keepLineBreaks ? DROPPED_SPACES : DROPPED_SPACES_AND_LINE_FEEDS, '').replace(HALF_WIDTH_PUNCTUATION, fullWidthOf);
}

/**
 * Spaces removed (Chinese text has none that matter), punctuation unified, line breaks kept
 * so callers that care about list lines can still see them.
 */
export function compactLines(text: string): string {
  return compact(text, true);
}

/** Spaces and line breaks removed, punctuation unified: one run of text. */
export function compactRun(text: string): string {
  return compact(text, false);
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

/** Start and end of the sentence around position `at` in text (bounded to `radius` characters each side). */
export function sentenceBounds(text: string, at: number, radius = 160): { start: number; end: number } {
  let start = at;
  const minStart = Math.max(0, at - radius);
  while (start > minStart && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = at;
  const maxEnd = Math.min(text.length, at + radius);
  while (end < maxEnd && !SENTENCE_END.test(text.charAt(end))) end++;
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
