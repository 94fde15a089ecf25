export type SniffedType = 'pdf' | 'html' | 'text';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Decides what a downloaded file is from its bytes, not from its Content-Type header. */
export function sniffContentType(bytes: Uint8Array): SniffedType {
  // A PDF may have a few bytes of junk before the header; the spec allows the header in the first 1024 bytes.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    if (PDF_MAGIC.every((b, j) => head[j + i] === b)) return 'pdf';
  }
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(head|body|meta|title)[\s>]/.test(start)) return 'html';
  return 'text';
}

export const extensionOf = (type: SniffedType): string => ({ pdf: 'pdf', html: 'html', text: 'txt' })[type];

/**
 * Why downloaded bytes cannot be a usable publication, or null when they can: an empty body, or a PDF whose
 * end-of-file marker is missing (cut off on the server or in transit).
 */
export function incompleteReason(type: SniffedType, bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return '空文件 empty body';
  if (type !== 'pdf') return null;
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 4096)));
  return tail.includes('%%EOF') ? null : `PDF 文件不完整 truncated PDF: no %%EOF marker in the last 4096 bytes (${bytes.byteLength} bytes)`;
}
