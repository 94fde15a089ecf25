/**
 * Traditional-character renderings (big5 gateways, 繁体 reposts) read as simplified text: the classifier's
 * vocabulary is simplified, so a traditional page is converted (one character for one, lengths kept) before
 * it is read. Conversion costs time, so it runs only on text that shows traditional characters.
 */
import { Converter } from 'opencc-js/t2cn';

/** Frequent characters that exist only in the traditional script (their simplified forms differ). */
const MARKERS = '會為於關區縣國們這個與對發長門書員議選舉務職從過還進經時實體機現應當開點報說問樣權屬產農業輔償專條規範辦請傳總隊';
/** One flag per UTF-16 code unit: a table lookup per character is the cheapest test on long texts. */
const IS_MARKER = new Uint8Array(0x10000);
for (let i = 0; i < MARKERS.length; i++) IS_MARKER[MARKERS.charCodeAt(i)] = 1;
/** Markers within the opening that make a text traditional. */
const MARKER_THRESHOLD = 4;
const OPENING = 3000;

let converter: ((text: string) => string) | null = null;
const convert = (text: string): string => {
  const run = converter ?? Converter({ from: 'hk', to: 'cn' });
  converter = run;
  return run(text);
};

/** Whether the text is (mostly) written in traditional characters. */
export function looksTraditional(text: string): boolean {
  // A plain loop: this runs on every document, most of them simplified.
  const end = Math.min(text.length, OPENING);
  let found = 0;
  for (let i = 0; i < end; i++) {
    if (IS_MARKER[text.charCodeAt(i)] === 1 && ++found >= MARKER_THRESHOLD) return true;
  }
  return false;
}

/** Simplified form of text with the same length, character for character; the text itself when that is not possible. */
export function toSimplified(text: string): string {
  const out = convert(text);
  return out.length === text.length ? out : text;
}
