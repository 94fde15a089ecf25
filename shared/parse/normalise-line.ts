/**
 * Normalisation of one line of extracted text: full-width letters and digits to half-width,
 * spaces removed between Chinese characters (and between Chinese characters and digits),
 * glyphs doubled by fake-bold printing (““春之声春之声”” → “春之声”) undone, markdown quote marks dropped.
 * Line count is preserved by the callers: one line in, one line out.
 */

const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0f\uff0d\uff0b\uff1d]/g;
const SPACES = /[\u00a0\u2002-\u200b\u3000\ufeff]/g;
// CJK ideographs, CJK punctuation, full-width forms and the quotes used in Chinese text.
const WIDE = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\u00b7';
const SPACE_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}]) +(?=[${WIDE}])`, 'g');
const SPACE_WIDE_DIGIT = new RegExp(`(?<=[${WIDE}]) +(?=[\\d"'()\\[\\]])|(?<=[\\d"'()\\[\\]]) +(?=[${WIDE}])`, 'g');
const MULTI_SPACE = / {2,}/g;
const QUOTE_MARK = /^(?:>\s*)+/;

export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Undoes fake-bold doubling: the line must split into runs each printed twice in a row
 * (e.g. "20242024高平高平"), with at least one run longer than one character.
 */
export function undoubleGlyphs(line: string): string {
  const n = line.length;
  if (n < 6 || n > 120) return line;
  let out = '';
  let i = 0;
  let longRun = false;
  while (i < n) {
    let found = 0;
    for (let len = 1; i + 2 * len <= n; len++) {
      if (line.charCodeAt(i) !== line.charCodeAt(i + len)) continue;
      if (line.startsWith(line.slice(i, i + len), i + len)) {
        found = len;
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
  let line = raw.replace(SPACES, ' ').replace(/\t/g, '\t');
  line = toHalfWidth(line).trim().replace(QUOTE_MARK, '');
  if (line === '') return line;
  if (line.includes(' ')) {
    line = line.replace(SPACE_BETWEEN_WIDE, '').replace(SPACE_WIDE_DIGIT, '').replace(MULTI_SPACE, ' ');
  }
  return undoubleGlyphs(line);
}

/** The line without markdown markup (#-headings, bold, list dashes), for titles and document text. */
export function plainLine(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^-\s+(?=\S)/, '')
    .trim();
}
