/**
 * The text of a publication as normalised, OCR-corrected lines, each described once — the first steps of the
 * parse: lines → normalisation (characters, spacing, OCR confusions, place names, traditional → simplified for
 * analysis) → page-chrome marking (in describeLine). Line i of the input is line i of the output (1-based in
 * documents' startLine/endLine).
 */
import { describeLine, type LineInfo } from './line-kinds.ts';
import { markFieldValues, markPaperNavigation } from './page-chrome.ts';
import { normaliseCharacters, normaliseSpacing, plainLine } from './normalise-line.ts';
import { correctConfusions, ownPlaceNames, placeNameRepairs, repairPattern, repairPlaceNames } from './ocr-corrections.ts';
import { dropPinyinNotes, isTraditional, toSimplified } from './simplify.ts';

export interface PreparedText {
  /** The normalised lines as analysed (simplified characters). */
  lines: string[];
  info: LineInfo[];
  /** Each line with its spacing kept (trimmed, simplified): spaces separate joint issuers printed on one line. */
  raw: string[];
  /** The text was printed in traditional characters: `lines` are its simplified reading. */
  traditional: boolean;
  /** Line i as published (normalised, markup removed, characters as printed). */
  publishedPlain(i: number): string;
  /** Place-name repairs applied (misread → right), for diagnostics. */
  repairs: Map<string, string>;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Lines split at any line break; a plain string split when the text has only \n (the common case, much faster). */
const splitLines = (text: string): string[] => (text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n'));

/**
 * Only the spacing rules of normalisation need a line of their own. The character mappings, the OCR confusions,
 * the place-name repairs and the simplification never match across a line break, so each runs once over the
 * whole text (a native scan) rather than once per line; the result is the same, line for line.
 */
export function prepareLines(text: string, placeNames: readonly string[] = []): PreparedText {
  const mapped = splitLines(normaliseCharacters(text.replace(/^\ufeff/, '').replace(/\f/g, '')));
  const traditional = isTraditional(text);
  // Pinyin debris comes with the gateways' traditional renderings.
  const spaced = traditional ? splitLines(toSimplified(dropPinyinNotes(mapped.join('\n')))) : mapped;
  const normalised = spaced.map(normaliseSpacing);
  const unchanged = normalised.join('\n');
  const joined = correctConfusions(unchanged);
  const names = [...placeNames.filter((n) => n.length >= 3), ...ownPlaceNames(joined)];
  const repairs = placeNameRepairs(joined, names);
  const pattern = repairPattern(repairs);
  const repaired = pattern ? repairPlaceNames(joined, repairs, pattern) : joined;
  // Most texts need no correction and no repair: their lines are the normalised lines already.
  const lines = repaired === unchanged ? normalised : repaired.split('\n');
  const info = lines.map(describeLine);
  markFieldValues(info);
  markPaperNavigation(info);
  let published: string[] | null = null;
  const publishedPlain = (i: number): string => {
    if (!traditional) return info[i]?.plain ?? '';
    published ??= mapped.map(normaliseSpacing);
    return plainLine(published[i] ?? '');
  };
  return { lines, info, raw: spaced, traditional, publishedPlain, repairs };
}
