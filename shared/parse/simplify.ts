/**
 * Traditional → simplified characters, for analysis only: pages served in traditional characters (gateway
 * renderings, Hong Kong mirrors) are read in simplified form, while the stored text keeps what was published.
 * Conversion is opencc-js (t → cn); it runs only on texts that print traditional-only characters, so simplified
 * texts (nearly all) pay one regex scan of their opening.
 */
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Frequent characters of official prose that exist only in traditional writing (their simplified forms differ),
 * e.g. 國 會 們 發 關 為 區 縣 辦 屆 務 規 議. A simplified text prints none of them.
 */
const TRADITIONAL_ONLY = new Set([...'國會們來時這說對經發關與為從過還書東車長門開問電話實點號體機學應區縣廳務條辦規議屆當處員報導決個習鄉鎮讓準術記設認資財權義勞動僅廣濟歷劃將億嚴齊連進運選農環護華產業場據總統計審調難錄聯證網頁標題屬轉臨幹職團隊築產縣'].map((c) => c.charCodeAt(0)));
const SAMPLE_CHARS = 4_000;
const MIN_HITS = 4;

let converter: ((text: string) => string) | null = null;
const convert = (text: string): string => (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);

/** Whether the text is printed in traditional characters (judged on its opening). */
export function isTraditional(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let hits = 0;
  for (let i = 0; i < sample.length; i++) if (TRADITIONAL_ONLY.has(sample.charCodeAt(i)) && ++hits >= MIN_HITS) return true;
  return false;
}

/** The text in simplified characters; opencc maps character for character here, so lines stay lines. */
export function toSimplified(text: string): string {
  return convert(text);
}

/**
 * Pinyin left behind by gateway renderings after a character (法規(guī), 發(fā)): a parenthesis holding only
 * Latin letters with at least one tone mark, right after an ideograph.
 */
const PINYIN_NOTE = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]/g;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

export function dropPinyinNotes(text: string): string {
  return TONE_MARK.test(text) ? text.replace(PINYIN_NOTE, '') : text;
}
