/**
 * Character-at-a-time tests for the scanners that walk a text one character at a time (to a sentence end, over a
 * span of items): `/[。；\n]/.test(text.charAt(i))` and `words.find((w) => text.startsWith(w, i))` cost a regex
 * call or a pass over the word list at every character. These give the same answers from a table per UTF-16 code
 * unit.
 */

/** Whether text.charAt(i) matches a one-character pattern. */
export type CharTest = (text: string, i: number) => boolean;

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/**
 * The pattern's answer for each code unit, asked of the pattern the first time that code unit is seen and kept.
 * The pattern must not be global or sticky (its answer would depend on lastIndex). Out of range, charAt gives ''.
 */
export function charTest(pattern: RegExp): CharTest {
  if (pattern.global || pattern.sticky) throw new Error(`charTest: /${pattern.source}/ keeps state between tests`);
  // 64 KB a pattern, made when the first character is asked about (most patterns serve one kind of document).
  let known: Uint8Array | null = null;
  const onEmpty = pattern.test('');
  return (text, i) => {
    const code = text.charCodeAt(i);
    if (Number.isNaN(code)) return onEmpty;
    known ??= new Uint8Array(0x10000);
    let answer = known[code] ?? UNKNOWN;
    if (answer === UNKNOWN) {
      answer = pattern.test(String.fromCharCode(code)) ? YES : NO;
      known[code] = answer;
    }
    return answer === YES;
  };
}

/** Tests of patterns without flags by their source: a regex literal in a function body is a new object per call. */
const bySource = new Map<string, CharTest>();
const byPattern = new WeakMap<RegExp, CharTest>();

/** charTest of a pattern passed in by a caller, built once per pattern (once per source when it has no flags). */
export function charTestOf(pattern: RegExp): CharTest {
  const plain = pattern.flags === '';
  let test = plain ? bySource.get(pattern.source) : byPattern.get(pattern);
  if (!test) {
    test = charTest(pattern);
    if (plain) bySource.set(pattern.source, test);
    else byPattern.set(pattern, test);
  }
  return test;
}

/**
 * The first word of the list (in list order) that text holds at i: `words.find((w) => text.startsWith(w, i))`,
 * with the words that cannot start at i (another first character) passed over by one table lookup.
 */
export function wordAt(words: readonly string[]): (text: string, i: number) => string | undefined {
  const opens = new Uint8Array(0x10000);
  for (const w of words) if (w.length > 0) opens[w.charCodeAt(0)] = 1;
  const hasEmpty = words.some((w) => w.length === 0);
  return (text, i) => {
    if (!hasEmpty && opens[text.charCodeAt(i)] !== 1) return undefined;
    return words.find((w) => text.startsWith(w, i));
  };
}
