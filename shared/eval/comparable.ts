/**
 * How the eval compares a product's field with a label: both read as printed, so the comparison folds what
 * printing varies (whitespace, full/half width, quote and bracket forms, traditional characters and the pinyin
 * debris of gateway renderings like 關(guān)于) and nothing else.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Pinyin with tone marks in brackets, left by traditional-character gateways after a character. */
const PINYIN_DEBRIS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,8}[)）]/g;

export function comparable(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const folded = toSimplified(value.replace(PINYIN_DEBRIS, ''))
    .replace(/[\uff01-\uff5e]/g, (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[“”„‟″「」『』]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[〔［【]/g, '[')
    .replace(/[〕］】]/g, ']')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(/[—–－]+/g, '-');
  return folded === '' ? null : folded;
}

export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return comparable(a) === comparable(b);
}

/** Sørensen–Dice over character bigrams of the comparable forms: 1 for equal texts, 0 for nothing shared. */
export function bigramDice(a: string | null | undefined, b: string | null | undefined): number {
  const x = comparable(a) ?? '';
  const y = comparable(b) ?? '';
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) grams.set(x.slice(i, i + 2), (grams.get(x.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/** 文号 as the labels write them: full-width 〔〕, no spaces; the comparable form maps every bracket to []. */
export function docNumberKey(value: string | null | undefined): string | null {
  return comparable(value)?.replace(/[(（]/g, '[').replace(/[)）]/g, ']') ?? null;
}

/**
 * The 文号 printed inside a text, each as its last two characters before the year and the rest
 * (川府函〔2020〕217号 → 府函[2020]217号): enough to tell standards apart, whatever words precede them.
 */
export function docNumbersIn(text: string): string[] {
  const folded = docNumberKey(text) ?? '';
  return [...folded.matchAll(/[\u4e00-\u9fa5]{2}\[\d{4}\]\d+号/g)].map((m) => m[0]);
}
