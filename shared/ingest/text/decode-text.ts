/**
 * Bytes of a plain-text file to a string: BOM first (UTF-8, UTF-16), else UTF-8 when it decodes
 * cleanly, else GB18030 (the superset of GBK/GB2312). Rejects binary data.
 */
import { ExtractionError } from './extraction-error.ts';

/** Control characters other than tab, newline, carriage return and form feed, in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.01;
}

export function decodeText(bytes: Uint8Array, charset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new ExtractionError('不是文本文件（含二进制数据）not a text file: binary data');
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // unknown label: fall through to detection
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    const bad = (text.match(/\ufffd/g) ?? []).length;
    if (bad > text.length * 0.01) throw new ExtractionError('无法识别的文本编码 unrecognised text encoding');
    return text;
  }
}
