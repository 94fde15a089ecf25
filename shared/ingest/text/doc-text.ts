/**
 * Legacy Word .doc files (OLE2 compound files, Word 97–2003 binary) to text with word-extractor, one
 * paragraph per line. WPS 文字 saves .wps in the same Word-compatible binary, so those read the same way.
 * Compound files that are not Word documents (.xls, .ppt) and damaged files are ExtractionError.
 */
import WordExtractor from 'word-extractor';
import { ExtractionError } from './extraction-error.ts';

const extractor = new WordExtractor();

export async function extractDoc(bytes: Uint8Array): Promise<string> {
  let body: string;
  try {
    body = (await extractor.extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).getBody();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ExtractionError(`旧版 Word/WPS 文件无法读取（损坏、不完整，或不是 Word 文档，如 .xls/.ppt）unreadable .doc/.wps file (damaged, truncated, or an OLE file that is not a Word document): ${why.slice(0, 200)}`);
  }
  return body
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
