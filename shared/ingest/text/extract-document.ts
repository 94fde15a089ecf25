/**
 * One raw file → its text with the page map, the extract stage's and `gw parse`'s one way in. PDFs go
 * page by page (text layer or OCR, ./ocr/pdf-ocr.ts); HTML, text and other formats through extractText
 * as one page. A text that is mostly replacement characters (a page decoded with the wrong charset) is
 * refused: it must become a failed issue, never a mail (issue 15.6).
 */
import type { ExtractedText } from '../../model/extracted-text.ts';
import { sniffContentType } from '../sniff.ts';
import { ExtractionError, MAX_EXTRACT_BYTES, extractText } from './extract.ts';
import { extractPdfPages, type PdfExtractOptions } from './ocr/pdf-ocr.ts';

export type DocumentExtractOptions = PdfExtractOptions;
export type ExtractedDocument = Omit<ExtractedText, 'schema' | 'sha256'>;

/** Share of replacement characters (U+FFFD) among the non-space characters above which a text is refused. */
export const MAX_REPLACEMENT_SHARE = 0.3;

export function assertDecoded(text: string): void {
  const chars = text.replace(/\s+/g, '');
  if (chars.length === 0) return;
  const bad = chars.match(/\ufffd/g)?.length ?? 0;
  if (bad > chars.length * MAX_REPLACEMENT_SHARE) {
    throw new ExtractionError(`文本大部分为乱码（${Math.round((bad / chars.length) * 100)}% 替换字符）text is mostly replacement characters: wrong charset?`);
  }
}

export async function extractDocument(
  bytes: Uint8Array,
  hint: { contentType?: string; fileName?: string },
  options: DocumentExtractOptions,
): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw new ExtractionError('文件为空 empty file');
  if (bytes.length > MAX_EXTRACT_BYTES) {
    throw new ExtractionError(`文件过大 (${Math.round(bytes.length / 1048576)} MB > ${MAX_EXTRACT_BYTES / 1048576} MB) file too large`);
  }
  if (sniffContentType(bytes) === 'pdf') {
    const pdf = await extractPdfPages(bytes, options);
    assertDecoded(pdf.text);
    const ocrPages = pdf.pages.filter((p) => p.method === 'ocr').length;
    return {
      format: 'pdf',
      text: pdf.text,
      metadata: {},
      pages: pdf.pages,
      status: pdf.unread.length > 0 ? 'partial' : 'complete',
      unread: pdf.unread,
      ocr: ocrPages > 0 && options.ocr ? { engine: options.ocr.engine.name, dpi: options.limits.dpi, seconds: Math.round(pdf.ocrSeconds * 100) / 100 } : null,
    };
  }
  const extracted = await extractText(bytes, hint);
  assertDecoded(extracted.text);
  const lineCount = extracted.text.split('\n').length;
  return {
    format: extracted.format,
    text: extracted.text,
    metadata: extracted.metadata,
    pages: [{ page: 1, method: 'text', startLine: 1, endLine: lineCount, reason: null }],
    status: 'complete',
    unread: [],
    ocr: null,
  };
}
