/**
 * gw parse <file> [--json] [--place 离石区,吕梁市] [--published YYYY-MM-DD]
 * Parses one local file (text/markdown, PDF or HTML) into its documents (DESIGN §4.1).
 * --json prints exactly one JSON object on stdout; diagnostics go to stderr.
 */
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { ExtractionError, MAX_EXTRACT_BYTES, extractText } from '../../ingest/text/extract.ts';
import type { ParsedDocument } from '../../model/document.ts';
import { parseChineseDate } from '../../parse/chinese-date.ts';
import { analyseExtracted } from '../../pipeline/analyse-extracted.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliIo } from '../command.ts';

const USAGE = '用法 usage: gw parse <file> [--json] [--place 地名,地名] [--published YYYY-MM-DD]';

/**
 * The §4.1 shape of one document, in this order. After `category` come its `subtype`, `confidence` and
 * `evidence` (issue 5: every category with the words that decided and a confidence) — additions a
 * reader of the §4.1 keys can ignore.
 */
export function contractDocument(doc: ParsedDocument): Record<string, unknown> {
  return {
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    date: doc.date,
    issuers: doc.issuers ?? (doc.issuer ? [doc.issuer] : []),
    startLine: doc.startLine,
    endLine: doc.endLine,
    category: doc.category,
    tags: doc.tags ?? [],
    subtype: doc.subtype,
    confidence: doc.confidence,
    evidence: doc.evidence,
    duplicateOf: doc.duplicateOf,
    appointments: doc.appointments,
    land: doc.land,
    regulation: doc.regulation,
  };
}

/** Reads at most MAX_EXTRACT_BYTES: a larger file is refused without being loaded. */
function readBounded(path: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UsageError(`不是文件 not a file: ${path}`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`无法读取文件 cannot read file: ${path}`);
  }
  if (size > MAX_EXTRACT_BYTES) {
    throw new ExtractionError(`文件过大 (${Math.round(size / 1048576)} MB > ${MAX_EXTRACT_BYTES / 1048576} MB) file too large`);
  }
  const bytes = new Uint8Array(size);
  const fd = openSync(path, 'r');
  try {
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return bytes.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

const cell = (v: unknown, width: number): string => {
  const s = v === null || v === undefined ? '—' : String(v);
  return s.length > width ? `${s.slice(0, width - 1)}…` : s;
};

export const command: CliCommand = {
  summary: '解析一个文件（PDF/HTML/文本）为文件列表 parse one file into its documents',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args, ['place', 'published']);
    const file = parsed.positional[0];
    if (!file || parsed.positional.length > 1) throw new UsageError(USAGE);
    const placeNames = (flagValue(parsed, 'place') ?? '').split(/[,，]/).map((s) => s.trim()).filter(Boolean);
    const published = flagValue(parsed, 'published');
    try {
      const bytes = readBounded(file);
      const extracted = await extractText(bytes, { fileName: file });
      const publishedAt = published ? parseChineseDate(published) : null;
      if (published && !publishedAt) throw new UsageError(`--published 需要日期 needs a date (YYYY-MM-DD): ${published}`);
      const metadata = publishedAt ? { ...extracted.metadata, 发布日期: publishedAt } : extracted.metadata;
      const result = analyseExtracted({ text: extracted.text, metadata }, { placeNames, publishedAt });
      for (const w of (result as { warnings?: string[] }).warnings ?? []) io.stderr(`注意 note: ${w}\n`);
      const documents = result.documents.map(contractDocument);
      if (parsed.flags.has('json')) {
        io.stdout(`${JSON.stringify({ file, kind: result.kind, documents })}\n`);
        return 0;
      }
      io.stdout(`${file}  类型 kind: ${result.kind}  文件数 documents: ${documents.length}  格式 format: ${extracted.format}\n`);
      io.stdout(`${'#'.padEnd(3)} ${'行 lines'.padEnd(11)} ${'文号'.padEnd(18)} ${'日期'.padEnd(10)} ${'类别'.padEnd(11)} ${'发文机关'.padEnd(16)} 标题\n`);
      result.documents.forEach((d, i) => {
        const dup = d.duplicateOf !== null ? ` (重复 duplicate of #${d.duplicateOf})` : '';
        io.stdout(
          `${String(i).padEnd(3)} ${`${d.startLine}-${d.endLine}`.padEnd(11)} ${cell(d.docNumber, 18).padEnd(18)} ${cell(d.date, 10).padEnd(10)} ${d.category.padEnd(11)} ${cell(d.issuer, 16).padEnd(16)} ${cell(d.title, 60)}${dup}\n`,
        );
      });
      return 0;
    } catch (err) {
      if (err instanceof ExtractionError) {
        io.stderr(`错误 error: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  },
};
