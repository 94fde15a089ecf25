/** What the renderers show: changes with a few unchanged paragraphs around them, the rest elided. */
import type { DiffBlock, EqualLine } from './diff-types.ts';

export const CONTEXT_PARAGRAPHS = 2;

export type ViewItem =
  | { kind: 'context'; line: EqualLine }
  | { kind: 'skip'; count: number }
  | Exclude<DiffBlock, { kind: 'equal' }>;

/** Equal runs cut down to `context` paragraphs next to each change; the rest becomes a skip marker. */
export function viewItems(blocks: readonly DiffBlock[], context = CONTEXT_PARAGRAPHS): ViewItem[] {
  const items: ViewItem[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== 'equal') {
      items.push(block);
      return;
    }
    const lines = block.lines;
    const head = i > 0 ? Math.min(context, lines.length) : 0;
    const tail = i < blocks.length - 1 ? Math.min(context, lines.length - head) : 0;
    for (const line of lines.slice(0, head)) items.push({ kind: 'context', line });
    const skipped = lines.length - head - tail;
    if (skipped > 0) items.push({ kind: 'skip', count: skipped });
    for (const line of lines.slice(lines.length - tail)) items.push({ kind: 'context', line });
  });
  return items;
}

/** One line of Chinese summary: 新增 n 段，删除 n 段，修改 n 段. */
export function summaryLine(summary: { added: number; removed: number; changed: number; truncated: boolean }): string {
  const parts = `新增 ${summary.added} 段，删除 ${summary.removed} 段，修改 ${summary.changed} 段`;
  return summary.truncated ? `${parts}（差异过大，部分段落整段替换显示 diff bounded: partly shown as whole replacements）` : parts;
}
