/**
 * Tesseract's page text → the lines the parser reads, shaped like the text-layer reading (pdf-text.ts):
 * spaces Tesseract puts between CJK characters removed, full-width wrapped lines joined into paragraphs,
 * blank lines between paragraphs, page numbers and form feeds dropped. OCR confusions (纳人, 岛石区) are
 * NOT corrected here: the parser's repair (shared/parse/ocr-corrections.ts) does that for every text.
 */
const CJK_CHAR = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_CHAR}])[ \\t]+(?=[${CJK_CHAR}])`, 'gu');
const SPACE_AT_CJK = new RegExp(`(?<=[${CJK_CHAR}])[ \\t]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])[ \\t]+(?=[${CJK_CHAR}])`, 'gu');
const PAGE_NUMBER = /^[-—–\s]*\d{1,4}[-—–\s]*$/;
const SENTENCE_END = /[。！？：；”」』）)]$/;

/**
 * Misreadings inside a 文号 that only OCR makes and that no 文号 can hold: the year's closing bracket read as
 * j, l, I, | or } (离政发【2023j 2号), and 函 read as 图 before the year (离政图〔2023〕6号: no 文号 uses 图).
 */
const DOC_NUMBER_YEAR = /([\u4e00-\u9fff])\s*[〔【\[(（]\s*((?:19|20)\d{2})\s*[\]】〕)）jJlI|}]{1,2}\s*(?=\d{1,4}\s*号)/gu;
const MISREAD_HAN = /([政办发委])图(?=〔(?:19|20)\d{2}〕)/gu;

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
