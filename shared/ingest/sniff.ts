import { isZip, zipEntryNames } from './zip-entries.ts';

/**
 * What a downloaded file is. `doc` is any OLE2 compound file (.doc, .wps, .xls …: old Office/WPS binaries),
 * `zip` an archive that is not a Word document.
 */
export type FileFormat = 'pdf' | 'docx' | 'doc' | 'zip' | 'html' | 'text';

/** The coarse type an issue record stores (its schema knows these three); binary Office files count as text. */
export type SniffedType = 'pdf' | 'html' | 'text';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Element names that open a crawled HTML fragment (a body part with no <html> or <head>). */
const FRAGMENT_START = /^<(?:!--|div|p|table|tbody|tr|td|span|section|article|main|ul|ol|li|h[1-6]|font|center|a|b|strong|br|img|form|dl|header|nav|body|head|meta|title|style|script|link)[\s>/]/;
/** Tags counted to tell a fragment that starts with text from text that happens to hold a tag or two. */
const HTML_TAG = /<\/?(?:div|p|table|tr|td|span|br|font|li|a|h[1-6]|strong|b|img)\b[^<>]{0,300}>/g;
/** Data dumps start like this; they are text to refuse, not HTML to read, whatever HTML they carry. */
const DATA_START = /^(?:[{[]|--|\/\*|(?:INSERT|REPLACE)\s+INTO|CREATE\s+(?:TABLE|DATABASE)|DROP\s+TABLE|SET\s+\w+|LOCK\s+TABLES)/i;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean => magic.every((b, j) => bytes[at + j] === b);

/** Decides what a downloaded file is from its bytes, not from its Content-Type header. */
export function sniffFormat(bytes: Uint8Array): FileFormat {
  // A PDF may have a few bytes of junk before the header; the spec allows the header in the first 1024 bytes.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) if (startsWith(head, PDF_MAGIC, i)) return 'pdf';
  if (startsWith(bytes, OLE2_MAGIC)) return 'doc';
  if (isZip(bytes)) return zipEntryNames(bytes).includes('word/document.xml') ? 'docx' : 'zip';
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  const start = text.toLowerCase();
  if (DATA_START.test(text)) return 'text';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|meta|title)[\s>]/.test(start.slice(0, 2048))) return 'html';
  if (FRAGMENT_START.test(start) && !plainLinesUnderStrayTags(text)) return 'html';
  if ((start.match(HTML_TAG) ?? []).length >= 8) return 'html';
  return 'text';
}

/**
 * A text file whose first line is a stray tag (spam injected into a crawled page, a copied list item): few
 * tags, and the rest is plain lines. Its line breaks carry the document's structure, which an HTML reading
 * would fold away.
 */
function plainLinesUnderStrayTags(text: string): boolean {
  const tags = (text.match(/<\/?[a-zA-Z][^<>]{0,300}>/g) ?? []).length;
  if (tags >= 8) return false;
  const lines = text.replace(/<[^<>]{0,300}>/g, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length >= 5;
}

/** sniffFormat in the issue record's terms: pdf, html, or text for everything else. */
export function sniffContentType(bytes: Uint8Array): SniffedType {
  const format = sniffFormat(bytes);
  return format === 'pdf' || format === 'html' ? format : 'text';
}

export const extensionOf = (type: FileFormat): string => ({ pdf: 'pdf', docx: 'docx', doc: 'doc', zip: 'zip', html: 'html', text: 'txt' })[type];

/**
 * Why downloaded bytes cannot be a usable publication, or null when they can: an empty body, or a PDF whose
 * end-of-file marker is missing (cut off on the server or in transit).
 */
export function incompleteReason(type: FileFormat, bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return '空文件 empty body';
  if (type !== 'pdf') return null;
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 4096)));
  return tail.includes('%%EOF') ? null : `PDF 文件不完整 truncated PDF: no %%EOF marker in the last 4096 bytes (${bytes.byteLength} bytes)`;
}
