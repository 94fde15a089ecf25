/**
 * Traditional-character renderings (big5 gateways, 繁体 reposts) read as simplified text: the classifier's
 * vocabulary is simplified, so a traditional page is converted (one character for one, lengths kept) before
 * it is read. Conversion costs time, so it runs only on text that shows traditional characters.
 */
import { Converter } from 'opencc-js/t2cn';

/** Frequent characters that exist only in the traditional script (their simplified forms differ). */
const TRADITIONAL_MARKERS = /[會為於關區縣國們這個與對發長門書員議選舉務職從過還進經時實體機現應當開點報說問樣權屬產農業輔償專條規範辦請傳總隊]/g;
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
  const opening = text.length > OPENING ? text.slice(0, OPENING) : text;
  return (opening.match(TRADITIONAL_MARKERS)?.length ?? 0) >= MARKER_THRESHOLD;
}

/** Simplified form of text with the same length, character for character; the text itself when that is not possible. */
export function toSimplified(text: string): string {
  const out = convert(text);
  return out.length === text.length ? out : text;
}
