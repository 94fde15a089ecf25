/**
 * The text of a publication as normalised, OCR-corrected lines, each described once.
 * Line i of the input is line i of the output (1-based in documents' startLine/endLine).
 */
import { describeLine, type LineInfo } from './line-kinds.ts';
import { normaliseCharacters, normaliseSpacing } from './normalise-line.ts';
import { correctConfusions, ownPlaceNames, placeNameRepairs, repairPattern, repairPlaceNames } from './ocr-corrections.ts';

export interface PreparedText {
  lines: string[];
  info: LineInfo[];
  /** Place-name repairs applied (misread → right), for diagnostics. */
  repairs: Map<string, string>;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Lines split at any line break; a plain string split when the text has only \n (the common case, much faster). */
const splitLines = (text: string): string[] => (text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n'));

/**
 * Only the spacing rules of normalisation need a line of their own. The character mappings, the OCR confusions
 * and the place-name repairs never match across a line break, so each runs once over the whole text (a native
 * regex scan) rather than once per line; the result is the same, line for line.
 */
export function prepareLines(text: string, placeNames: readonly string[] = []): PreparedText {
  const raw = splitLines(normaliseCharacters(text.replace(/^\ufeff/, '').replace(/\f/g, '')));
  const joined = correctConfusions(raw.map(normaliseSpacing).join('\n'));
  const names = [...placeNames.filter((n) => n.length >= 3), ...ownPlaceNames(joined)];
  const repairs = placeNameRepairs(joined, names);
  const pattern = repairPattern(repairs);
  const lines = (pattern ? repairPlaceNames(joined, repairs, pattern) : joined).split('\n');
  return { lines, info: lines.map(describeLine), repairs };
}
