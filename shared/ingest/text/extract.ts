/**
 * One downloaded file → its text. The format is sniffed from the bytes (%PDF magic, ZIP with
 * word/document.xml, OLE2 (.doc, .wps), HTML tags or a fragment's first tag, else text); the hint helps with
 * the charset and names a .wps that is none of these. Failures are ExtractionError (permanent).
 */
import { sniffFormat } from '../sniff.ts';
import { dataDumpReason } from './data-dump.ts';
import { decodeText } from './decode-text.ts';
import { extractDoc } from './doc-text.ts';
import { extractDocx } from './docx-text.ts';
import { ExtractionError } from './extraction-error.ts';
import { extractHtml } from './html-text.ts';
import { extractPdf } from './pdf-text.ts';
import { refusalOf, undecodableReason, wpsRefusal } from './refusals.ts';

export { ExtractionError } from './extraction-error.ts';

export interface ExtractedText {
  format: 'pdf' | 'html' | 'docx' | 'doc' | 'text';
  text: string;
  metadata: Record<string, string>;
}

/** Larger files are refused before any work: bounded memory. */
export const MAX_EXTRACT_BYTES = 64 * 1024 * 1024;

export async function extractText(bytes: Uint8Array, hint: { contentType?: string; fileName?: string } = {}): Promise<ExtractedText> {
  if (bytes.length === 0) throw new ExtractionError('文件为空 empty file');
  if (bytes.length > MAX_EXTRACT_BYTES) {
    throw new ExtractionError(`文件过大 (${Math.round(bytes.length / 1048576)} MB > ${MAX_EXTRACT_BYTES / 1048576} MB) file too large`);
  }
  const format = sniffFormat(bytes);
  if (format === 'pdf') {
    const pdf = await extractPdf(bytes);
    if (pdf.text.trim() === '') throw new ExtractionError('PDF 中没有可提取的文字（可能是扫描件，需要 OCR）no extractable text in PDF (scanned? needs OCR)');
    return { format, text: pdf.text, metadata: {} };
  }
  const refusal = refusalOf(format) ?? wpsRefusal(format, hint, bytes);
  if (refusal) throw new ExtractionError(refusal);
  if (format === 'docx') {
    const text = await extractDocx(bytes);
    if (text === '') throw new ExtractionError('Word 文件中没有文字 no text in .docx file');
    return { format, text, metadata: {} };
  }
  if (format === 'doc') {
    const text = await extractDoc(bytes);
    if (text === '') throw new ExtractionError('Word/WPS 文件中没有文字 no text in .doc/.wps file');
    return { format, text, metadata: {} };
  }
  if (format === 'html') {
    const html = extractHtml(bytes, hint.contentType);
    if (html.text.trim() === '') throw new ExtractionError('网页中没有正文 no content in HTML page');
    const garbled = undecodableReason(html.text);
    if (garbled) throw new ExtractionError(garbled);
    return { format, text: html.text, metadata: html.metadata };
  }
  const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(hint.contentType ?? '')?.[1] ?? null;
  const text = decodeText(bytes, charset && /gb/i.test(charset) ? 'gb18030' : charset);
  if (text.trim() === '') throw new ExtractionError('文件没有文字内容 file has no text');
  const dump = dataDumpReason(text);
  if (dump) throw new ExtractionError(dump);
  const garbled = undecodableReason(text);
  if (garbled) throw new ExtractionError(garbled);
  return { format: 'text', text, metadata: {} };
}
