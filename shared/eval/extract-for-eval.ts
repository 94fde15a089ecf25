/**
 * The extract stage's own reading of a file (text layer page by page for PDFs, the HTML and text readers
 * otherwise), without OCR: the corpus and the labelled sample-site files have text layers, and the eval
 * stays fast. Scanned files are measured by the OCR bench (bench/suites/ocr.ts).
 */
import { extractDocument, type ExtractedDocument } from '../ingest/text/extract-document.ts';
import { extractLimitsSchema } from '../model/runtime-config.ts';

const limits = extractLimitsSchema.parse({});

export function extractForEval(bytes: Uint8Array, hint: { contentType?: string; fileName?: string }): Promise<ExtractedDocument> {
  return extractDocument(bytes, hint, {
    ocr: null,
    limits: { maxOcrPages: limits.ocrMaxPages, timeBudgetMs: limits.ocrTimeBudgetSeconds * 1000, dpi: limits.ocrDpi },
    clock: () => performance.now(),
  });
}
