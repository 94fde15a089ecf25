/**
 * Normalisation of one line of extracted text: full-width letters and digits to half-width,
 * spaces removed between Chinese characters (and between Chinese characters and digits),
 * glyphs doubled by fake-bold printing (““春之声春之声”” → “春之声”) undone, markdown quote marks dropped.
 * Line count is preserved by the callers: one line in, one line out.
 */

/** Unusual spaces (to a plain space) and the full-width letters, digits and signs mapped to half-width. */
const MAPPED_CHAR = /[\u00a0\u2002-\u200b\u3000\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0f\uff0d\uff0b\uff1d]/g;
const mappedOf = (ch: string): string => {
  const c = ch.charCodeAt(0);
  return c >= 0xff00 ? String.fromCharCode(c - 0xfee0) : ' ';
};

/** CJK ideographs, CJK punctuation, full-width forms and the quotes used in Chinese text. */
function isWide(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x2014 || c === 0x2026 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x00b7
  );
}

/** Digits and the ASCII quotes and brackets that sit against Chinese text without a space. */
function isNarrowJoiner(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d;
}

/**
 * Drops each run of spaces between two Chinese characters, or between a Chinese character and a digit,
 * quote or bracket (either order), and prints every other run as one space. A character scan: the equivalent
 * look-around regexes were the parser's hottest spot.
 */
function collapseSpaces(line: string): string {
  let out = '';
  let from = 0;
  let changed = false;
  let i = line.indexOf(' ');
  while (i !== -1) {
    let end = i + 1;
    while (line.charCodeAt(end) === 0x20) end++;
    const before = i > 0 ? line.charCodeAt(i - 1) : -1;
    const after = end < line.length ? line.charCodeAt(end) : -1;
    const wideBefore = before !== -1 && isWide(before);
    const wideAfter = after !== -1 && isWide(after);
    if ((wideBefore && (wideAfter || isNarrowJoiner(after))) || (wideAfter && isNarrowJoiner(before))) {
      out += line.slice(from, i);
      from = end;
      changed = true;
    } else if (end - i > 1) {
      // A run of spaces kept is one space (runs are maximal, so dropping others never joins two).
      out += line.slice(from, i + 1);
      from = end;
      changed = true;
    }
    i = line.indexOf(' ', end);
  }
  return changed ? out + line.slice(from) : line;
}
const QUOTE_MARK = /^(?:>\s*)+/;

/** Whether line[i, i + len) is printed again right after itself (compared in place: no slice per candidate). */
function repeatsAt(line: string, i: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (line.charCodeAt(i + k) !== line.charCodeAt(i + len + k)) return false;
  return true;
}

/**
 * Undoes fake-bold doubling: the line must split into runs each printed twice in a row
 * (e.g. "20242024高平高平"), with at least one run longer than one character.
 */
export function undoubleGlyphs(line: string): string {
  const n = line.length;
  // Every run is printed twice: a doubled line has an even length.
  if (n < 6 || n > 120 || n % 2 === 1) return line;
  let out = '';
  let i = 0;
  let longRun = false;
  while (i < n) {
    let found = 0;
    // A run of length len starts again at i + len: only the places line[i] recurs are candidates (native scan).
    const opener = line[i]!;
    for (let at = line.indexOf(opener, i + 1); at !== -1 && 2 * at - i <= n; at = line.indexOf(opener, at + 1)) {
      if (repeatsAt(line, i, at - i)) {
        found = at - i;
        break;
      }
    }
    if (found === 0) return line;
    if (found > 1) longRun = true;
    out += line.slice(i, i + found);
    i += 2 * found;
  }
  return longRun ? out : line;
}

/** Normalises one line (no OCR corrections: see ocr-corrections.ts). */
export function normaliseLine(raw: string): string {
  return normaliseSpacing(normaliseCharacters(raw));
}

/**
 * The character mappings of normaliseLine (unusual spaces to plain ones, full-width letters and digits to
 * half-width) over a whole text at once: they map one character to one and never touch a line break, so
 * one native regex scan of the text replaces per-line scans.
 */
export function normaliseCharacters(text: string): string {
  // A replace with a callback scans slower than a test: most texts have none of the characters.
  MAPPED_CHAR.lastIndex = 0;
  return MAPPED_CHAR.test(text) ? text.replace(MAPPED_CHAR, mappedOf) : text;
}

/** The rest of normaliseLine, for a line whose characters normaliseCharacters has already mapped. */
export function normaliseSpacing(mapped: string): string {
  let line = mapped.trim();
  // Quote marks only ever open a line: most lines skip the regex.
  if (line.startsWith('>')) line = line.replace(QUOTE_MARK, '');
  if (line === '') return line;
  if (line.includes(' ')) line = collapseSpaces(line);
  return undoubleGlyphs(line);
}

/** Characters every markup rule below needs; a line without any is only trimmed. */
const MARKUP_CHAR = /[#*_-]/;
const TRAILING_CELL = /(?:\s*\|)+$/;
const BOLD = /(?:\*\*|__)(?=[^*_\s])(.+?[^*_\s]|[^*_\s])(?:\*\*|__)/g;
const HEADING_MARK = /^#{1,6}\s+/;
const LIST_DASH = /^-\s+(?=\S)/;

/** The line without markdown markup (#-headings, bold, list dashes), for titles and document text. */
export function plainLine(line: string): string {
  // Nearly half the lines of a publication are blank.
  if (line === '') return line;
  // The empty cell left at the end of a flattened table row: 2021年4月21日 |
  if (line.endsWith('|') && !line.startsWith('|')) line = line.replace(TRAILING_CELL, '');
  if (!MARKUP_CHAR.test(line)) return line.trim();
  // Each rule runs only where its mark is: a heading and a list dash open the line, bold needs a doubled mark.
  let out = line.startsWith('#') ? line.replace(HEADING_MARK, '') : line;
  // Bold around text (**本报讯**); a run of asterisks standing for masked characters (某某县****) is kept.
  if (out.includes('**') || out.includes('__')) out = out.replace(BOLD, '$1');
  if (out.startsWith('-')) out = out.replace(LIST_DASH, '');
  return out.trim();
}
