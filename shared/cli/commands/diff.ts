import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { renderDiffHtml } from '../../changes/diff-html.ts';
import { renderDiffTerminal } from '../../changes/diff-terminal.ts';
import { diffTexts } from '../../changes/diff.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

const USAGE = '用法 usage: gw diff <old.txt> <new.txt> [--html out.html] [--title 标题] [--doc-number 文号] [--color]';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`无法读取 cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Default HTML path: .local/diff/<new file name without extension>.html, under the working directory. */
export const defaultHtmlPath = (newFile: string): string =>
  join('.local', 'diff', `${basename(newFile, extname(newFile)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'diff'}.html`);

export const command: CliCommand = {
  summary: '对比两个文本文件 diff two text files: diff <old> <new> [--html out.html] [--color]',
  async run(args, io) {
    const parsed = parseArgs(args, ['html', 'title', 'doc-number']);
    const [oldFile, newFile, ...extra] = parsed.positional;
    if (oldFile === undefined || newFile === undefined || extra.length > 0) throw new UsageError(USAGE);
    const diff = diffTexts(readText(oldFile), readText(newFile));
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
