/**
 * The 题注 of a rule: the bracketed note printed under the title of a 规章 or 地方性法规 that says when and by whom
 * it was adopted or promulgated and when it takes effect — （2017年10月27日…人民政府令第119号公布 自2017年12月1日起施行）.
 * Segmentation may read it as the document's head rather than its text; the classifier still needs its
 * commencement.
 */

/** How many lines of a document's span are searched: the 题注 follows the title (and a 令 number) at once. */
const HEAD_LINES = 6;
/** A whole line in brackets. */
const BRACKETED = /^[（(](.+)[）)]$/;
/** What a 题注 records: adoption, approval, promulgation or commencement, with a date. */
const HEADNOTE_WORDS = /(?:通过|批准|公布|发布|施行)/;
const HAS_DATE = /(?:\d{4}|[〇零○一二三四五六七八九]{4})年/;

/**
 * The 题注 among the first lines of a document's span (its printed lines) when its text does not hold it, else
 * null.
 */
export function headnoteOf(spanLines: readonly string[], text: string): string | null {
  for (const raw of spanLines.slice(0, HEAD_LINES)) {
    const line = raw.replace(/\s+/g, '');
    const inner = BRACKETED.exec(line)?.[1];
    if (inner === undefined || !HEADNOTE_WORDS.test(inner) || !HAS_DATE.test(inner)) continue;
    // The line has no spaces: text holding it as printed holds it once spaces are removed (the cheap test first).
    return text.includes(line) || text.replace(/\s+/g, '').includes(line) ? null : inner;
  }
  return null;
}
