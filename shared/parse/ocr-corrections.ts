/**
 * Known OCR confusions in Chinese official documents, and place-name repair: a name of the
 * jurisdiction misread in one character (岛石区 for 离石区) is put right when the true name
 * dominates the publication.
 */

interface Confusion {
  /** A native search that tells whether the pattern can match: the regex scans the text only if so. */
  mayOccur(text: string): boolean;
  pattern: RegExp;
  replacement: string;
}

/** Whether `char` occurs right after one of `before` (found by indexOf: the character alone is common). */
const occursAfter = (char: string, before: string): ((text: string) => boolean) => {
  // One flag per UTF-16 code unit: the character may occur thousands of times (人), each checked in a typed array.
  const codes = new Uint8Array(0x10000);
  for (let i = 0; i < before.length; i++) codes[before.charCodeAt(i)] = 1;
  return (text) => {
    for (let at = text.indexOf(char, 1); at !== -1; at = text.indexOf(char, at + 1)) if (codes[text.charCodeAt(at - 1)] === 1) return true;
    return false;
  };
};

/**
 * 入 read as 人 after verbs that take 入 (纳人 → 纳入); the look-ahead keeps real words (参加人员, 资深人士).
 * 已 read as 己 or 巳 before 经; 日 read as 曰 after a digit.
 */
const CONFUSIONS: Confusion[] = [
  { mayOccur: occursAfter('人', '纳列投输深融嵌植加'), pattern: /([纳列投输深融嵌植加])人(?![员才口数民群士们手次身家选格性物力权事类均工])/g, replacement: '$1入' },
  { mayOccur: (text) => text.includes('己经') || text.includes('巳经'), pattern: /[己巳]经/g, replacement: '已经' },
  { mayOccur: occursAfter('曰', '0123456789'), pattern: /([0-9])曰/g, replacement: '$1日' },
];

/** Corrects the confusion table in one line, or in a whole text at once (no pattern spans a line break). */
export function correctConfusions(line: string): string {
  let out = line;
  for (const { mayOccur, pattern, replacement } of CONFUSIONS) if (mayOccur(out)) out = out.replace(pattern, replacement);
  return out;
}

const ADMIN_SUFFIX = '省市县区旗州盟镇乡';
/** The words an issuer's name is printed before, on a line of its own or at the start of a title. */
const ISSUER_WORDS = ['人民政府', '人民代表大会', '人大常委会', '委员会', '公报'];
// Issuer names at the start of a line (titles, signatures, mastheads): 吕梁市离石区人民政府…
const OWN_NAME = new RegExp(`^(?:[#>*\\s]*)([\\u4e00-\\u9fff]{2,12}?[${ADMIN_SUFFIX}])(?:${ISSUER_WORDS.join('|')})`);
const SPLIT_UNITS = new RegExp(`[\\u4e00-\\u9fff]+?[${ADMIN_SUFFIX}]`, 'g');

/** Line terminators as a multiline ^ sees them. */
const isLineTerminator = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The lines of text that hold one of ISSUER_WORDS, in reading order: the only lines OWN_NAME can match. Found by
 * substring search; trying a multiline regex at every line start of a whole publication cost more than the rest
 * of the place-name work together. Each character is scanned at most twice, however long the lines.
 */
function linesWithIssuerWords(text: string): string[] {
  const hits: number[] = [];
  for (const word of ISSUER_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) hits.push(at);
  }
  hits.sort((a, b) => a - b);
  const lines: string[] = [];
  let previousHit = 0;
  let lineStart = -1;
  for (const at of hits) {
    let start = at;
    while (start > previousHit && !isLineTerminator(text.charCodeAt(start - 1))) start--;
    previousHit = at;
    // Otherwise the scan stopped at the previous hit, on the same line: that line is taken already.
    const atLineStart = start === 0 || isLineTerminator(text.charCodeAt(start - 1));
    if (!atLineStart || start === lineStart) continue;
    lineStart = start;
    let end = at;
    while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
    lines.push(text.slice(start, end));
  }
  return lines;
}

/**
 * Place names the publication gives for itself (the issuers it names most), split into units (吕梁市, 离石区).
 * Same result as matching OWN_NAME with the m flag over the whole text: a match never spans a line break except
 * in its leading [#>*\s]*, which only skips lines that hold none of the words, so each line is tried once.
 */
export function ownPlaceNames(text: string, minCount = 3): string[] {
  const counts = new Map<string, number>();
  for (const line of linesWithIssuerWords(text)) {
    const m = OWN_NAME.exec(line);
    if (!m) continue;
    for (const unit of (m[1] ?? '').match(SPLIT_UNITS) ?? []) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts].filter(([name, n]) => n >= minCount && name.length >= 3).map(([name]) => name);
}

/**
 * Builds the replacements for misread place names: for each name (3–8 characters, at least two
 * before the administrative suffix), any form differing in one non-suffix ideograph that is much
 * rarer than the name itself.
 */
export function placeNameRepairs(text: string, names: readonly string[]): Map<string, string> {
  const repairs = new Map<string, string>();
  const known = new Set(names);
  for (const name of new Set(names)) {
    if (name.length < 3 || name.length > 8) continue;
    const variants = new Map<string, number>();
    let own = 0;
    for (const form of formsOf(text, name)) {
      if (form === name) own++;
      else variants.set(form, (variants.get(form) ?? 0) + 1);
    }
    for (const [variant, n] of variants) {
      if (known.has(variant)) continue;
      if (n * 5 <= own || (own >= 1 && n === 1 && own >= 2)) repairs.set(variant, name);
    }
  }
  return repairs;
}

const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Whether text[start, start + name.length) is the name with at most one ideograph before its suffix put for another. */
function isFormOf(text: string, start: number, name: string): boolean {
  let differs = -1;
  for (let j = 0; j < name.length - 1; j++) {
    if (text.charCodeAt(start + j) === name.charCodeAt(j)) continue;
    if (differs !== -1) return false;
    differs = j;
  }
  if (differs !== -1) return isIdeograph(text.charCodeAt(start + differs));
  for (let j = 0; j < name.length - 1; j++) if (isIdeograph(name.charCodeAt(j))) return true;
  return false;
}

/**
 * The name and its one-ideograph variants in the text, left to right and never overlapping: what a global regex
 * of the variants (离[\u4e00-\u9fff]区|[\u4e00-\u9fff]石区) finds, found from the places the suffix occurs.
 */
function formsOf(text: string, name: string): string[] {
  const forms: string[] = [];
  const n = name.length;
  const suffix = name.charAt(n - 1);
  let next = 0;
  for (let end = text.indexOf(suffix, n - 1); end !== -1; end = text.indexOf(suffix, end + 1)) {
    const start = end - n + 1;
    if (start < next || !isFormOf(text, start, name)) continue;
    forms.push(text.slice(start, end + 1));
    next = end + 1;
  }
  return forms;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Applies place-name repairs to one line. */
export function repairPlaceNames(line: string, repairs: Map<string, string>, pattern: RegExp | null): string {
  if (!pattern) return line;
  return line.replace(pattern, (m) => repairs.get(m) ?? m);
}

export function repairPattern(repairs: Map<string, string>): RegExp | null {
  if (repairs.size === 0) return null;
  return new RegExp([...repairs.keys()].map(escape).join('|'), 'g');
}
