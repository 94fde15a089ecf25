/**
 * Files the product refuses to read, with the reason recorded on the issue: old Office/WPS binaries (no
 * maintained reader is installed), archives that are not Word documents, and text that did not decode.
 */
import type { FileFormat } from '../sniff.ts';

const REFUSED: Partial<Record<FileFormat, string>> = {
  doc: '暂不支持 .doc/.wps 等旧版 Word/WPS 二进制文件（未安装 word-extractor），请使用 PDF、.docx 或网页版 old Word/WPS binary files (.doc/.wps) are not supported: no reader (word-extractor) is installed',
  zip: '压缩包或非 Word 的 Office 文件，不是可读取的公文 a ZIP archive that is not a .docx document is not read',
};

export const refusalOf = (format: FileFormat): string | null => REFUSED[format] ?? null;

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
