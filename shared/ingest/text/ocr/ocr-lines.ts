/**
 * Tesseract's page text → the lines the parser reads, shaped like the text-layer reading (pdf-text.ts):
 * spaces Tesseract puts between CJK characters removed, full-width wrapped lines joined into paragraphs,
 * blank lines between paragraphs, page numbers and form feeds dropped. OCR confusions (纳人, 岛石区) are
 * NOT corrected here: the parser's repair (shared/parse/ocr-corrections.ts) does that for every text. Only
 * misreadings that no printed text holds are repaired here (a 文号's bracket, 公项 after a number, a speck
 * after a colon).
 */
const CJK_CHAR = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_CHAR}])[ \\t]+(?=[${CJK_CHAR}])`, 'gu');
const SPACE_AT_CJK = new RegExp(`(?<=[${CJK_CHAR}])[ \\t]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])[ \\t]+(?=[${CJK_CHAR}])`, 'gu');
/**
 * A page number as GB/T 9704 prints it, "— 7 —" (a 一字线 either side), alone on its line: Tesseract's chi_sim
 * reads the dash as 一 as often as as a dash (7一, 一 7 一).
 */
const PAGE_NUMBER = /^[-—–一\s]*\d{1,4}[-—–一\s]*$/;
const SENTENCE_END = /[。！？：；”」』）)]$/;

/**
 * Misreadings inside a 文号 that only OCR makes and that no 文号 can hold: the year's closing bracket read as
 * j, l, I, | or } (离政发【2023j 2号), and 函 read as 图 before the year (离政图〔2023〕6号: no 文号 uses 图).
 */
const DOC_NUMBER_YEAR = /([\u4e00-\u9fff])\s*[〔【\[(（]\s*((?:19|20)\d{2})\s*[\]】〕)）jJlI|}]{1,2}\s*(?=\d{1,4}\s*号)/gu;
const MISREAD_HAN = /([政办发委])图(?=〔(?:19|20)\d{2}〕)/gu;
/**
 * 顷 read as 项 in the area unit after a number (7.21公项): 公项 is no word, and a number is followed by a unit.
 * 项 after a number alone stays (3项措施).
 */
const AREA_UNIT = /(?<=[0-9０-９]\s*)公项/gu;
/** A speck read as a second clause mark after a colon (东外村:; 东至…): no official sentence puts ； or ， after ：. */
const COLON_SPECK = /([:：])\s*[;；,，]/gu;

/** Specks read as punctuation after the text (免去: : . / 联系电话 … |) and lines of nothing but specks. */
const TRAILING_SPECKS = /(?:\s+[|.,:;'"`~_\-—•·！!？?:：。，、]+)+\s*$/u;
const ONLY_SPECKS = /^[\s|.,:;'"`~_\-—•·！!？?:：。，、]*$/u;

export function tidyOcrLine(line: string): string {
  const tidy = line
    .replace(/\f/g, '')
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(SPACE_AT_CJK, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(DOC_NUMBER_YEAR, '$1〔$2〕')
    .replace(MISREAD_HAN, '$1函')
    .replace(AREA_UNIT, '公顷')
    .replace(COLON_SPECK, '$1')
    .replace(TRAILING_SPECKS, '')
    .trim();
  return ONLY_SPECKS.test(tidy) ? '' : tidy;
}

/** Length (in characters) of a full line on this page: the 80th percentile, so titles and short last lines do not count. */
function fullWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => [...l].length).filter((n) => n >= 8).sort((a, b) => a - b);
  if (lengths.length < 3) return Infinity;
  return lengths[Math.floor(lengths.length * 0.8)] ?? Infinity;
}

export function ocrPageLines(raw: string): string[] {
  const tidy = raw.split('\n').map(tidyOcrLine);
  const width = fullWidth(tidy.filter((l) => l !== ''));
  const out: string[] = [];
  let para = '';
  const flush = (): void => {
    if (para !== '') {
      if (out.length > 0) out.push('');
      out.push(para);
    }
    para = '';
  };
  for (const line of tidy) {
    if (line === '' || PAGE_NUMBER.test(line)) {
      flush();
      continue;
    }
    para += para !== '' && /[A-Za-z0-9]$/.test(para) && /^[A-Za-z0-9]/.test(line) ? ` ${line}` : line;
    // A line that fills the column and does not end a sentence continues in the next one.
    const wraps = [...line].length >= width * 0.9 && !SENTENCE_END.test(line);
    if (!wraps) flush();
  }
  flush();
  return out;
}
