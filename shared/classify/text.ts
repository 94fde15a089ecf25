/**
 * Text helpers for the classifier: one compact form of a document's text in which
 * patterns can be matched without caring about PDF line wraps, stray spaces or
 * half-width punctuation.
 */

/** Full-width form of a half-width punctuation code, or null. */
function fullWidthOf(code: number): string | null {
  switch (code) {
    case 0x2c:
      return '，';
    case 0x3a:
      return '：';
    case 0x3b:
      return '；';
    case 0x28:
      return '（';
    case 0x29:
      return '）';
    case 0x3f:
      return '？';
    case 0x21:
      return '！';
    default:
      return null;
  }
}

/** Space characters dropped from compact text (line feed handled apart). */
const isDroppedSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x3000;

/** One pass over text: unchanged runs are copied as slices, changed characters replaced. */
function compact(text: string, keepLineBreaks: boolean): string {
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | null;
    if (code === 0x0a) replacement = keepLineBreaks ? null : '';
    else if (isDroppedSpace(code)) replacement = '';
    else replacement = code < 0x40 ? fullWidthOf(code) : null;
    if (replacement === null) continue;
    if (i > runStart) parts.push(text.slice(runStart, i));
    if (replacement.length > 0) parts.push(replacement);
    runStart = i + 1;
  }
  if (runStart === 0) return text;
  parts.push(text.slice(runStart));
  return parts.join('');
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
