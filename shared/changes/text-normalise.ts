/**
 * Text normalisation shared by document identity, content hashing and diffing.
 * Pure functions; no I/O.
 */

/** Whitespace of every kind (\s covers the ideographic space, NBSP and line breaks). */
const WHITESPACE = /\s+/g;
/**
 * Invisible format characters seen in extracted text: soft hyphen, zero-width space/joiners,
 * direction marks, word joiner, BOM. Listed, not \p{Cf}: the property escape is ~4× slower on
 * the hot path (every line of every diffed document).
 */
const FORMAT_CHARS = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]+/g;
/** Both of the above in one pass. */
const INVISIBLE = /[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]+/g;

/**
 * Unicode NFKC: full-width ASCII → half width, （）→ (), Kangxi radicals and CJK compatibility
 * ideographs (frequent in PDF text) → unified ideographs, ideographic space → space.
 */
export const toNfkc = (text: string): string => text.normalize('NFKC');

/** NFKC, invisible characters dropped, every run of whitespace removed (Chinese has no word spaces). */
export function compact(text: string): string {
  return stripInvisible(toNfkc(text));
}

/** Removes whitespace and invisible characters from text that is already NFKC. */
export const stripInvisible = (nfkcText: string): string => nfkcText.replace(INVISIBLE, '');

/** NFKC, invisible characters dropped, whitespace runs collapsed to one space, trimmed: for labels. */
export function tidy(text: string): string {
  return toNfkc(text).replace(FORMAT_CHARS, '').replace(WHITESPACE, ' ').trim();
}

/**
 * Groups of characters that OCR of Chinese print confuses with each other. Every member maps to
 * the group's first character. Used only to build identity keys (never shown, never stored as
 * text), so folding a genuine character is harmless unless two real names differ only by it:
 * pairs where that happens in place names (e.g. 阴/阳: 山阴县 and 山阳县 both exist) are left out.
 */
const OCR_CONFUSION_GROUPS: readonly string[] = [
  '离岛', // 离石区 read as 岛石区
  '人入', // 纳入 read as 纳人
  '已己巳',
  '未末',
  '土士',
  '日曰',
  '戊戌戍',
  '市巿', // U+5E02 / U+5DFF
  '县具',
  '晋普',
  '办为',
  '〇○0', // zero in dates and numbers: ideographic, white circle, digit
];

const CONFUSION_MAP: ReadonlyMap<string, string> = new Map(
  OCR_CONFUSION_GROUPS.flatMap((group) => {
    const chars = [...group];
    const canonical = chars[0] ?? '';
    return chars.slice(1).map((c): [string, string] => [c, canonical]);
  }),
);

/** Maps each OCR-confusable character to its group's representative (see OCR_CONFUSION_GROUPS). */
export function foldOcrConfusables(text: string): string {
  let out = '';
  for (const ch of text) out += CONFUSION_MAP.get(ch) ?? ch;
  return out;
}

/** Drops punctuation and symbols: for comparing titles whose quotes, brackets and dashes vary. */
export const stripPunctuation = (text: string): string => text.replace(/[\p{P}\p{S}]+/gu, '');
