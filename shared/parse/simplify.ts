/**
 * Traditional → simplified characters, for analysis only: pages served in traditional characters (gateway
 * renderings, big5 gateways, 繁体 reposts) are read in simplified form, while the stored text keeps what was
 * published. The one implementation for the parse (prepare-lines.ts) and the classifier's reading view
 * (classify/reading/traditional.ts).
 *
 * Detection is a table lookup per character over the text's opening, so simplified texts (nearly all) pay one
 * scan. Conversion is opencc-js (t → cn), loaded only when a traditional text arrives: its dictionaries are
 * ~110 KB of code that a Lambda would otherwise parse at every cold start (bench/suites/bundle.ts). It is a
 * file shipped beside the bundle (shared/util/shipped-file.ts), read synchronously on first use.
 */
import { openccT2cnFile, requireShipped } from '../util/shipped-file.ts';

/**
 * Frequent characters of official prose that exist only in traditional writing (their simplified forms differ),
 * e.g. 國 會 們 發 關 為 區 縣 辦 屆 務 規 議. A simplified text prints none of them.
 */
const MARKERS = '國會們來時這說對經發關與為從過還書東車長門開問電話實點號體機學應區縣廳務條辦規議屆當處員報導決個習鄉鎮讓準術記設認資財權義勞動僅廣濟歷劃將億嚴齊連進運選農環護華產業場據總統計審調難錄聯證網頁標題屬轉臨幹職團隊築傳償專樣現範舉請輔';
/** One flag per UTF-16 code unit: the cheapest test on long texts. */
const IS_MARKER = new Uint8Array(0x10000);
for (let i = 0; i < MARKERS.length; i++) IS_MARKER[MARKERS.charCodeAt(i)] = 1;
const SAMPLE_CHARS = 4_000;
const MIN_HITS = 4;

type Convert = (text: string) => string;
interface OpenccModule {
  Converter(options: { from: string; to: string }): Convert;
}
const isOpencc = (m: unknown): m is OpenccModule => typeof m === 'object' && m !== null && typeof (m as { Converter?: unknown }).Converter === 'function';

let converter: Convert | null = null;
function convert(text: string): string {
  if (!converter) {
    const opencc = requireShipped(openccT2cnFile);
    if (!isOpencc(opencc)) throw new Error(`opencc-js: ${openccT2cnFile.file} has no Converter export`);
    converter = opencc.Converter({ from: 't', to: 'cn' });
  }
  return converter(text);
}

/** Whether the text is printed in traditional characters (judged on its opening). */
export function isTraditional(text: string): boolean {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let hits = 0;
  for (let i = 0; i < end; i++) if (IS_MARKER[text.charCodeAt(i)] === 1 && ++hits >= MIN_HITS) return true;
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
