import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { renderDiffHtml } from '../../changes/diff-html.ts';
import { renderDiffTerminal } from '../../changes/diff-terminal.ts';
import { diffTexts } from '../../changes/diff.ts';
import { ExtractionError, MAX_EXTRACT_BYTES, extractText } from '../../ingest/text/extract.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

const USAGE = '用法 usage: gw diff <old.txt> <new.txt> [--html out.html] [--title 标题] [--doc-number 文号] [--color]';

/**
 * A file's text, read the way `gw parse` reads it: PDF and HTML give their extracted text, text files are
 * decoded (UTF-8, UTF-16 with BOM, GB18030), and binary files are refused with parse's one-line reason.
 */
export async function readComparable(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) throw new UsageError(`不是文件 not a file: ${path}`);
    if (statSync(path).size > MAX_EXTRACT_BYTES) throw new UsageError(`文件过大 file too large: ${path}`);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`无法读取文件 cannot read file: ${path}`);
  }
  try {
    return (await extractText(bytes, { fileName: path })).text;
  } catch (err) {
    if (err instanceof ExtractionError) throw new UsageError(`${path}: ${err.message}`);
    throw err;
  }
}

/** Default HTML path: .local/diff/<new file name without extension>.html, under the working directory. */
export const defaultHtmlPath = (newFile: string): string =>
  join('.local', 'diff', `${basename(newFile, extname(newFile)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'diff'}.html`);

export const command: CliCommand = {
  summary: '对比两个文件的文字 diff the text of two files (text, PDF, HTML): diff <old> <new> [--html out.html] [--color]',
  async run(args, io) {
    const parsed = parseArgs(args, ['html', 'title', 'doc-number']);
    const [oldFile, newFile, ...extra] = parsed.positional;
    if (oldFile === undefined || newFile === undefined || extra.length > 0) throw new UsageError(USAGE);
    const diff = diffTexts(await readComparable(oldFile), await readComparable(newFile));
    io.stdout(renderDiffTerminal(diff, { color: parsed.flags.has('color') }));

    const htmlPath = resolve(flagValue(parsed, 'html') ?? defaultHtmlPath(newFile));
    const html = renderDiffHtml(diff, {
      title: flagValue(parsed, 'title') ?? basename(newFile),
      docNumber: flagValue(parsed, 'doc-number') ?? null,
      fromVersion: 1,
      toVersion: 2,
    });
    mkdirSync(dirname(htmlPath), { recursive: true });
    writeFileSync(htmlPath, html);
    io.stdout(`HTML 对比页已写入 written: ${htmlPath}\n`);
    return 0;
  },
};
