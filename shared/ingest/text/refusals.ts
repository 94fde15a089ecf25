/**
 * Files the product refuses to read, with the reason recorded on the issue: archives that are not Word
 * documents, a .wps that is not the Word-compatible compound file WPS 文字 saves, and text that did not decode.
 */
import type { FileFormat } from '../sniff.ts';

const REFUSED: Partial<Record<FileFormat, string>> = {
  zip: '压缩包或非 Word 的 Office 文件，不是可读取的公文 a ZIP archive that is not a .docx document is not read',
};

export const refusalOf = (format: FileFormat): string | null => REFUSED[format] ?? null;

const WPS_NAME = /\.wps$/i;
const WPS_TYPE = /application\/(?:vnd\.ms-works|kswps|wps-office\.wps)/i;

/** C0 control characters other than tab, line breaks and form feed: binary, not text. */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f]/;

/**
 * A file named or served as .wps whose bytes are binary but not an OLE2 compound file: an encrypted or
 * pre-2005 WPS format (WPS for DOS) or Microsoft Works, none of which a maintained reader opens — refused by
 * name, never decoded as text. (A .wps that is really text or HTML is read as what it is.)
 */
export function wpsRefusal(format: FileFormat, hint: { contentType?: string; fileName?: string }, bytes: Uint8Array): string | null {
  if (format !== 'text') return null;
  const named = WPS_NAME.test(hint.fileName ?? '') || WPS_TYPE.test(hint.contentType ?? '');
  if (!named || !BINARY.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))) return null;
  return '无法读取的 WPS 文件：不是 WPS 文字保存的 Word 兼容格式（可能是加密文件或旧版 WPS/Works 格式），请使用 PDF、.docx 或网页版 unreadable .wps file: not the Word-compatible OLE2 format WPS 文字 saves (encrypted, or an old WPS/Microsoft Works format)';
}

/** Replacement characters in more than 5 % of the visible characters: the charset was wrong. */
export function undecodableReason(text: string): string | null {
  let visible = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad++;
    if (ch.trim() !== '') visible++;
  }
  return visible > 0 && bad > visible * 0.05
    ? `文字大多无法解码（字符集错误？）${bad}/${visible} 个替换字符 text does not decode: ${bad} of ${visible} characters are U+FFFD (wrong charset?)`
    : null;
}
