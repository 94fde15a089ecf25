/**
 * The text of a publication as normalised, OCR-corrected lines, each described once.
 * Line i of the input is line i of the output (1-based in documents' startLine/endLine).
 */
import { describeLine, type LineInfo } from './line-kinds.ts';
import { normaliseLine } from './normalise-line.ts';
import { correctConfusions, ownPlaceNames, placeNameRepairs, repairPattern, repairPlaceNames } from './ocr-corrections.ts';

export interface PreparedText {
  lines: string[];
  info: LineInfo[];
  /** Place-name repairs applied (misread → right), for diagnostics. */
  repairs: Map<string, string>;
}

export function prepareLines(text: string, placeNames: readonly string[] = []): PreparedText {
  const raw = text.replace(/^\ufeff/, '').replace(/\f/g, '').split(/\r\n|\r|\n/);
  const lines = raw.map((l) => correctConfusions(normaliseLine(l)));
  const joined = lines.join('\n');
  const names = [...placeNames.filter((n) => n.length >= 3), ...ownPlaceNames(joined)];
  const repairs = placeNameRepairs(joined, names);
  const pattern = repairPattern(repairs);
  if (pattern) for (let i = 0; i < lines.length; i++) lines[i] = repairPlaceNames(lines[i] ?? '', repairs, pattern);
  return { lines, info: lines.map(describeLine), repairs };
}
