/**
 * The reading view of a document: the text the classifier's patterns read (simplified characters, without the
 * pinyin debris that some gateways leave after converted words, e.g. 規(guī)), and the way back from a phrase
 * found in it to the phrase as printed.
 */
import { looksTraditional, toSimplified } from './traditional.ts';

/** (guī), (zhèn): pinyin with tone marks in ASCII brackets right after a character. */
const PINYIN_DEBRIS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export interface ReadingView {
  /** What the patterns read. */
  text: string;
  /** Whether text differs from the printed text (then printed() maps back). */
  converted: boolean;
  /** The printed form of a phrase found in text (the phrase itself when it cannot be located). */
  printed(phrase: string): string;
}

function identity(text: string): ReadingView {
  return { text, converted: false, printed: (phrase) => phrase };
}

/** Removes pinyin debris, returning the kept text and, per kept character, its index in the original. */
function dropDebris(text: string): { text: string; origin: number[] } | null {
  let hasDebris = false;
  for (const m of text.matchAll(PINYIN_DEBRIS)) if (TONE_MARK.test(m[0])) hasDebris = true;
  if (!hasDebris) return null;
  const origin: number[] = [];
  let kept = '';
  let last = 0;
  for (const m of text.matchAll(PINYIN_DEBRIS)) {
    if (!TONE_MARK.test(m[0])) continue;
    for (let i = last; i < m.index; i++) origin.push(i);
    kept += text.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) origin.push(i);
  kept += text.slice(last);
  return { text: kept, origin };
}

/** The reading view of a printed text. */
export function readingView(printedText: string): ReadingView {
  const traditional = looksTraditional(printedText);
  const stripped = traditional ? dropDebris(printedText) : null;
  if (!traditional) return identity(printedText);
  const base = stripped?.text ?? printedText;
  const text = toSimplified(base);
  if (text === printedText) return identity(printedText);
  const origin = stripped?.origin ?? null;
  const at = (i: number): number => (origin ? (origin[i] ?? printedText.length) : i);
  return {
    text,
    converted: true,
    printed(phrase: string): string {
      const i = phrase.length > 0 ? text.indexOf(phrase) : -1;
      if (i < 0) return phrase;
      return printedText.slice(at(i), at(i + phrase.length - 1) + 1);
    },
  };
}
