/**
 * Chinese dates to ISO (YYYY-MM-DD): 二〇二三年四月六日, 2023年4月6日, 2023.4.6, 2023-04-06, 2023/4/6.
 * Spaces anywhere are ignored; the first well-formed date in the string wins.
 */

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, 'О': 0, 'Ｏ': 0, 'o': 0, 'O': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const ARABIC = /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/;
const CHINESE = /([〇零○ОＯoO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;
const NUMERIC = /(?<!\d)(\d{4})[.\-/．](\d{1,2})[.\-/．](\d{1,2})(?!\d)/;
const FULLWIDTH_DIGIT = /[０-９]/g;

/** 十 → 10, 二十三 → 23, 三十一 → 31, 六 → 6. */
function chineseNumber(text: string): number | null {
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? (CN_DIGIT[text] ?? null) : null;
  const tens = ten === 0 ? 1 : (CN_DIGIT[text.slice(0, ten)] ?? null);
  const ones = ten === text.length - 1 ? 0 : (CN_DIGIT[text.slice(ten + 1)] ?? null);
  if (tens === null || ones === null || text.length > 3) return null;
  return tens * 10 + ones;
}

/** Builds the ISO string when the date exists on the calendar. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseChineseDate(raw: string): string | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, '').replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const a = ARABIC.exec(text);
  if (a) return isoDate(Number(a[1]), Number(a[2]), Number(a[3]));
  const c = CHINESE.exec(text);
  if (c) {
    const year = Number([...(c[1] ?? '')].map((ch) => CN_DIGIT[ch] ?? 'x').join(''));
    const month = chineseNumber(c[2] ?? '');
    const day = chineseNumber(c[3] ?? '');
    if (!Number.isNaN(year) && month !== null && day !== null) return isoDate(year, month, day);
    return null;
  }
  const n = NUMERIC.exec(raw.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (n) return isoDate(Number(n[1]), Number(n[2]), Number(n[3]));
  return null;
}
