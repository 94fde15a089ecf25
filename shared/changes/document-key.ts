/**
 * Document identity: one stable key per document across issues, sources and re-publications.
 *
 * - With a 文号: normalised 文号 + the issuer's core name (OCR-folded).
 * - Without: issuer + normalised title + date; newspaper articles: source + date + title.
 *
 * Keys are short ASCII strings (`n:` / `t:` / `a:` + 32 hex of sha256 over the normalised identity),
 * safe as DynamoDB keys whatever the input; `label` keeps a human-readable form.
 */
import { createHash } from 'node:crypto';
import { normaliseDocNumber as canonicalDocNumber } from '../parse/normalise-doc-number.ts';
import { compact, foldOcrConfusables, stripPunctuation, tidy } from './text-normalise.ts';

export type SourceKind = 'gazette' | 'document-list' | 'newspaper';

export interface DocumentKeyInput {
  docNumber: string | null;
  issuer: string | null;
  title: string;
  date: string | null;
  sourceId: string;
  sourceKind: SourceKind;
}

export interface DocumentKey {
  /** `n:…` (by 文号), `t:…` (by issuer + title + date) or `a:…` (newspaper article). */
  key: string;
  /** Human-readable identity, for logs and operators. */
  label: string;
}

const KEY_HASH_HEX = 32;
const hashPart = (identity: string): string => createHash('sha256').update(identity).digest('hex').slice(0, KEY_HASH_HEX);

/**
 * 文号 as part of a document's identity: the parse contract's canonical form (〔year〕, no spaces,
 * half-width digits, no leading zeros, OCR slips of the type character such as 承 for 函 repaired),
 * so that every printed or OCR'd variant of one number maps to one key. A number the canonical form
 * cannot read (no year brackets, unusual layout) is kept compacted, as printed. Null for an empty number.
 */
export function normaliseDocNumber(docNumber: string | null): string | null {
  if (docNumber === null) return null;
  const s = compact(docNumber);
  if (s === '') return null;
  return canonicalDocNumber(s) ?? s;
}

/** Regions that sit above a county-level unit; stripped when a lower unit follows. */
const UPPER_REGION = /^\p{Script=Han}{2,8}?(?:省|自治区|自治州|地区|盟|市)(?=\p{Script=Han}{1,8}?(?:区|县|市|旗))/u;

/**
 * The issuer reduced to a comparable core: NFKC, no spaces, OCR confusables folded, 人民政府 → 政府,
 * and the province/city prefix dropped before a county-level unit (吕梁市离石区人民政府 →
 * 离石区政府), so that the same issuer printed in full or short form, or misread by OCR, maps together.
 */
export function issuerCore(issuer: string | null): string {
  if (issuer === null) return '';
  let s = foldOcrConfusables(stripPunctuation(compact(issuer)));
  for (let i = 0; i < 3; i++) {
    const m = UPPER_REGION.exec(s);
    if (!m || m[0].length === s.length) break;
    s = s.slice(m[0].length);
  }
  return s.replace(/人民政府/gu, '政府');
}

/** A trailing "（离政发〔2023〕3号）" that some sources print as part of the title. */
const TRAILING_DOC_NUMBER = /[(（][^()（）]*\d{4}[^()（）]*号[)）]\s*$/u;

/** Title reduced for comparison: no 文号 suffix, no spaces, no punctuation, OCR confusables folded. */
export function normaliseTitle(title: string): string {
  return foldOcrConfusables(stripPunctuation(compact(title.replace(TRAILING_DOC_NUMBER, ''))));
}

const labelOf = (...parts: Array<string | null>): string =>
  parts
    .filter((p): p is string => p !== null && p.trim() !== '')
    .map(tidy)
    .join(' · ');

export function documentKey(input: DocumentKeyInput): DocumentKey {
  const docNumber = normaliseDocNumber(input.docNumber);
  const issuer = issuerCore(input.issuer);
  if (docNumber !== null) {
    return { key: `n:${hashPart(`${docNumber}|${issuer}`)}`, label: labelOf(docNumber, input.issuer) };
  }
  const title = normaliseTitle(input.title);
  const date = input.date?.trim() ?? '';
  if (input.sourceKind === 'newspaper') {
    const source = input.sourceId.trim();
    return { key: `a:${hashPart(`${source}|${date}|${title}`)}`, label: labelOf(source, input.date, input.title) };
  }
  return { key: `t:${hashPart(`${issuer}|${title}|${date}`)}`, label: labelOf(input.issuer, input.title, input.date) };
}

/**
 * The title identity (issuer + title + date) a document has whatever its 文号: the key a repost that drops
 * the 文号 gets. Null for newspaper articles (their identity is per source).
 */
export function titleIdentityKey(input: DocumentKeyInput): string | null {
  if (input.sourceKind === 'newspaper') return null;
  return documentKey({ ...input, docNumber: null }).key;
}
