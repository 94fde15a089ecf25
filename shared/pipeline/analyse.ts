import { classifyDocument } from '../classify/classify.ts';
import type { ParsedPublication } from '../model/document.ts';
import { parsePublication, type ParseOptions } from '../parse/publication.ts';

export interface AnalyseOptions extends ParseOptions {
  /** Publication date of the issue (ISO), the anchor for relative deadlines when a document has no date. */
  publishedDate?: string | null;
}

/**
 * Text of one publication → its documents, each segmented, described and classified
 * (the DESIGN §4.1 contract, plus each document's text). The classifier reads the analysed text (simplified
 * characters); each document keeps its text as published.
 */
export function analysePublication(text: string, options: AnalyseOptions = {}): ParsedPublication & { lines: string[] } {
  const segmented = parsePublication(text, options);
  const documents = segmented.documents.map(({ analysisText, ...doc }) => ({
    ...doc,
    ...classifyDocument({ ...doc, title: doc.title ?? '', text: analysisText }, { publishedDate: doc.date ?? options.publishedDate ?? null }),
  }));
  return { kind: segmented.kind, lines: segmented.lines, documents };
}
