import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** How one page's text was read. `none`: nothing could be read from it (the reason says why). */
export const pageMethodSchema = lazySchema(() => z.enum(['text', 'ocr', 'none']));
export type PageMethod = z.infer<typeof pageMethodSchema>;

/** One page of the source file and the lines of the extracted text it gave (1-based, inclusive; null when it gave none). */
export const pageEntrySchema = lazySchema(() => z.object({
  page: z.number().int().positive(),
  method: pageMethodSchema,
  startLine: z.number().int().positive().nullable(),
  endLine: z.number().int().positive().nullable(),
  /** Why a page was OCR'd or left unread (no text layer, garbage layer, over the page limit, time budget, …). */
  reason: z.string().nullable(),
}));
export type PageEntry = z.infer<typeof pageEntrySchema>;

/**
 * What the extract stage stores in S3 (`text/issues/…/{sha256}.json`) and process reads: the text of
 * one raw file, where each line came from, and whether every page could be read.
 */
export const extractedTextSchema = lazySchema(() => z.object({
  schema: z.literal(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['pdf', 'html', 'text', 'docx', 'doc']),
  text: z.string(),
  metadata: z.record(z.string(), z.string()),
  /** One entry per page for PDFs; one page spanning the text otherwise. */
  pages: z.array(pageEntrySchema),
  /** partial: some pages could not be read (their entries say why). */
  status: z.enum(['complete', 'partial']),
  /** The pages that needed OCR and were not read, with why (page limit, time budget, too large, damaged image). */
  unread: z.array(z.object({ page: z.number().int().positive(), reason: z.string() })),
  /** The OCR engine and resolution used, when any page was OCR'd. */
  ocr: z.object({ engine: z.string(), dpi: z.number().int().positive(), seconds: z.number().nonnegative() }).nullable(),
}));
export type ExtractedText = z.infer<typeof extractedTextSchema>;

/** Pages read by OCR whose lines overlap [startLine, endLine] (1-based, inclusive). */
export function ocrPagesOf(pages: readonly PageEntry[], startLine: number, endLine: number): number[] {
  return pages
    .filter((p) => p.method === 'ocr' && p.startLine !== null && p.endLine !== null && p.startLine <= endLine && p.endLine >= startLine)
    .map((p) => p.page);
}

/** 第3–5页 / 第2页、第4–5页: the page list as people read it. */
export function pageRangesZh(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.length === 0 ? '' : `第${ranges.join('、')}页`;
}
