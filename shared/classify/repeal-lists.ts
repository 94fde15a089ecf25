/**
 * What a 废止/失效 decision repeals when it lists it: 决定废止以下规章：一、A（省政府令第114号）。二、B。…, and the
 * counted form 《A》等4件规范性文件失效. The run is compacted text (no spaces or line breaks).
 */

/** 决定废止以下规章： / 予以废止的规范性文件目录如下： (the list header, up to its colon). */
const LIST_HEADER = /(?:废止|失效|停止执行)(?:以下|下列|如下)[^：。]{0,16}：|(?:以下|下列)[^：。]{0,16}(?:予以|宣布)?(?:废止|失效)[^：。]{0,6}：/g;
/** 一、 / 1. / （一） at the start of a list item. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])/;
/** 《A》等4件规范性文件失效 / …等2件规章予以废止. */
const COUNTED = /(《[^》]{2,120}》等[\d一二三四五六七八九十]+[件部个][^。，；]{0,12}?(?:规范性文件|规章|文件|法规))(?:予以|宣布)?(废止|失效)/g;
const MAX_ITEMS = 200;
const MAX_ITEM = 160;

/** Items of a numbered list starting at `at`, each up to its 。 or the next enumerator. */
function itemsFrom(run: string, at: number): string[] {
  const items: string[] = [];
  let pos = at;
  while (items.length < MAX_ITEMS) {
    const head = ENUMERATOR.exec(run.slice(pos, pos + 8));
    if (!head) break;
    const start = pos + head[0].length;
    let end = start;
    while (end < run.length && end - start < MAX_ITEM && run.charAt(end) !== '。' && !(end > start && ENUMERATOR.test(run.slice(end, end + 6)) && /[）)；;]/.test(run.charAt(end - 1)))) end++;
    const item = run.slice(start, end).replace(/[；;，]$/, '');
    if (item.length >= 2) items.push(item);
    pos = run.charAt(end) === '。' ? end + 1 : end;
  }
  return items;
}

/** The repealed rules a decision lists, or null when it lists none. */
export function listedRepeals(run: string): string[] | null {
  const out: string[] = [];
  for (const m of run.matchAll(LIST_HEADER)) {
    for (const item of itemsFrom(run, m.index + m[0].length)) if (!out.includes(item)) out.push(item);
  }
  for (const m of run.matchAll(COUNTED)) {
    const item = `${m[1] ?? ''}（${m[2] ?? ''}）`;
    if (!out.includes(item)) out.push(item);
  }
  return out.length > 0 ? out : null;
}
