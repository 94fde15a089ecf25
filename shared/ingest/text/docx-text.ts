/**
 * Word .docx files (Office Open XML) to text with mammoth: one paragraph per line, table cells as their own
 * lines. Unreadable archives are ExtractionError.
 */
import mammoth from 'mammoth';
import { ExtractionError } from './extraction-error.ts';

export async function extractDocx(bytes: Uint8Array): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ExtractionError(`Word 文件无法读取（损坏或不完整）unreadable .docx file: ${why.slice(0, 200)}`);
  }
  return value
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
