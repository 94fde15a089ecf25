/** Terminal rendering of a TextDiff: git-like prefixes, inline [-删除-]{+新增+}, optional ANSI colour. */
import { summaryLine, viewItems } from './diff-context.ts';
import type { DiffSegment, TextDiff } from './diff-types.ts';

export interface TerminalOptions {
  /** ANSI colours (red deletions, green insertions). Default false: plain text markers. */
  color?: boolean;
}

const ANSI = { red: '\u001b[31m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Control characters other than tab would drive the terminal: shown as U+FFFD. */
const safe = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '\ufffd');

export function renderDiffTerminal(diff: TextDiff, options: TerminalOptions = {}): string {
  const color = options.color ?? false;
  const paint = (code: string, text: string): string => (color ? `${code}${text}${ANSI.reset}` : text);
  const inline = (segments: readonly DiffSegment[]): string =>
    segments
      .map((s) => {
        const t = safe(s.text);
        if (s.op === 'equal') return t;
        if (color) return s.op === 'delete' ? `${ANSI.red}${t}${ANSI.reset}` : `${ANSI.green}${t}${ANSI.reset}`;
        return s.op === 'delete' ? `[-${t}-]` : `{+${t}+}`;
      })
      .join('');

  const out: string[] = [paint(ANSI.bold, summaryLine(diff.summary))];
  const items = viewItems(diff.blocks);
  if (items.every((i) => i.kind === 'context' || i.kind === 'skip')) out.push('无差异 no differences');
  for (const item of items) {
    switch (item.kind) {
      case 'context':
        out.push(`  ${safe(item.line.text)}`);
        break;
      case 'skip':
        out.push(paint(ANSI.dim, `  … 省略 ${item.count} 段未变 (${item.count} unchanged) …`));
        break;
      case 'removed':
        out.push(paint(ANSI.red, `- ${safe(item.text)}`));
        break;
      case 'added':
        out.push(paint(ANSI.green, `+ ${safe(item.text)}`));
        break;
      case 'changed':
        if (item.segments) out.push(`~ ${inline(item.segments)}`);
        else {
          out.push(paint(ANSI.red, `- ${safe(item.before)}`));
          out.push(paint(ANSI.green, `+ ${safe(item.after)}`));
        }
        break;
    }
  }
  return `${out.join('\n')}\n`;
}
