/**
 * Text folding for matching: NFKC (full-width letters, digits and brackets to their usual
 * forms), lower case, and no whitespace at all — OCR and PDF extraction put stray spaces
 * inside Chinese words (征收 与补偿), which must not defeat a keyword.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
