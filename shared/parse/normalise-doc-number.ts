/**
 * 文号 (document numbers) in their canonical form: 离政发〔2023〕3号 — 〔〕 around the year,
 * no spaces, ends in 号. Accepts the bracket variants printed or OCR'd in gazettes:
 * 〔〕 () （） [] 【】 ［］ and mixed pairs such as 〔2023〕 written as (2023〕.
 */

const OPEN = '〔(（\\[【［{｛﹝';
const CLOSE = '〕)）\\]】］}｝﹞';
const FULLWIDTH_DIGIT = /[０-９]/g;

/** Issuer abbreviation (字 forms included: 粤基金函字), year in any bracket pair, serial number (第 kept for 令), optional 号. */
const DOC_NUMBER = new RegExp(`^([\\u4e00-\\u9fff]{1,20}?)[${OPEN}](\\d{4})[${CLOSE}](第?)(\\d{1,5})号?$`);
/** 令 and 公告 numbers: 山西省人民政府令第286号, 北京市人民代表大会公告第5号; 国务院令 is cited as 国令. */
const ORDER_NUMBER = /^([\u4e00-\u9fff]{2,30}?(?:令|公告))[(（]?第(\d{1,5})号[)）]?$/;
/** A session-numbered 公告 of a people's congress: 〔十一届〕第二十五号. */
const SESSION_NUMBER = new RegExp(`^[${OPEN}]([一二三四五六七八九十]{1,4}届)[${CLOSE}]第([〇零一二三四五六七八九十百\\d]{1,8})号$`);
const STATE_COUNCIL_ORDER = /^(?:中华人民共和国)?国务院令/;
/** The type character of an abbreviation that OCR reads as a look-alike (函 as 承). */
const OCR_TYPE_CHAR: [RegExp, string][] = [[/承$/, '函']];

/**
 * Scans for a 文号 inside running text (a source string for `new RegExp(…, 'g')`): abbreviation of
 * 1–20 ideographs (spaces allowed), a bracketed 4-digit year, a serial number and 号.
 */
export const DOC_NUMBER_IN_TEXT = `[\\u4e00-\\u9fff][\\u4e00-\\u9fff\\s]{0,24}?[${OPEN}]\\s*\\d{4}\\s*[${CLOSE}]\\s*第?\\s*\\d{1,5}\\s*号`;

export function normaliseDocNumber(raw: string): string | null {
  let text = raw.replace(/[\s\u3000]+/g, '').replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  // A whole number printed in parentheses, as in contents pages: (离政发〔2023〕3号)
  const wrapped = /^[(（](.+号)[)）]$/.exec(text);
  if (wrapped?.[1]) text = wrapped[1];
  const order = ORDER_NUMBER.exec(text);
  if (order) return `${(order[1] ?? '').replace(STATE_COUNCIL_ORDER, '国令')}第${order[2]}号`;
  const session = SESSION_NUMBER.exec(text);
  if (session) return `〔${session[1]}〕第${session[2]}号`;
  const m = DOC_NUMBER.exec(text);
  if (!m) return null;
  let prefix = m[1] ?? '';
  for (const [pattern, replacement] of OCR_TYPE_CHAR) prefix = prefix.replace(pattern, replacement);
  const serial = Number(m[4]);
  if (!Number.isFinite(serial)) return null;
  // 令 are numbered 第N号 (政府令〔2010〕第15号); in other 文号 a printed 第 is dropped (离政函〔2023〕第024号 → 24号).
  const ordinal = prefix.endsWith('令') ? (m[3] ?? '') : '';
  return `${prefix}〔${m[2]}〕${ordinal}${serial}号`;
}
