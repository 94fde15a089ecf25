/**
 * Reads a stored diff view (shared/changes/diff-html.ts writes it next to each revision) back into rows, so the
 * diff page renders it inside the site's own shell: only the rows' kinds, line numbers, change words and
 * inserted/deleted runs are kept, every text re-escaped — nothing of the stored markup is passed through.
 */
import type { ChildNode, Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export type DiffRowKind = 'context' | 'skip' | 'added' | 'removed' | 'changed';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface DiffRow {
  kind: DiffRowKind;
  /** The line number printed with the row (old text for removals, new text otherwise). */
  line: number | null;
  /** The word that says what happened (删除, 新增, 修改): not only colour tells. */
  mark: string | null;
  parts: DiffPart[];
}

export interface StoredDiff {
  rows: DiffRow[];
  /** The stored view says the two versions' texts do not differ. */
  identical: boolean;
}

const KINDS: readonly DiffRowKind[] = ['context', 'skip', 'added', 'removed', 'changed'];

const isElement = (node: ChildNode): node is Element => node.type === 'tag';
const classOf = (el: Element): string[] => (getAttributeValue(el, 'class') ?? '').split(/\s+/).filter(Boolean);

function rowOf(li: Element): DiffRow | null {
  const kind = KINDS.find((k) => classOf(li).includes(k));
  if (!kind) return null;
  let line: number | null = null;
  let mark: string | null = null;
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (text.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  for (const child of li.children) {
    if (!isElement(child)) {
      push('equal', textContent(child));
      continue;
    }
    const cls = classOf(child);
    if (child.name === 'span' && cls.includes('n')) line = Number(textContent(child)) || null;
    else if (child.name === 'span' && cls.includes('mark')) mark = textContent(child).replace(/[【】]/g, '').trim() || null;
    else if (child.name === 'ins') push('insert', textContent(child));
    else if (child.name === 'del') push('delete', textContent(child));
    else push('equal', textContent(child));
  }
  return { kind, line, mark, parts };
}

/** The rows of a stored diff view; null when the text is not one (no diff list and no "no difference" line). */
export function readStoredDiff(stored: string): StoredDiff | null {
  const dom = parseDocument(stored);
  const list = findAll((el) => el.name === 'ol' && classOf(el).includes('diff'), dom.children)[0];
  if (!list) {
    const main = findAll((el) => el.name === 'main', dom.children)[0];
    return main && /没有差异/.test(textContent(main)) ? { rows: [], identical: true } : null;
  }
  const rows = list.children.filter(isElement).filter((el) => el.name === 'li').map(rowOf).filter((r): r is DiffRow => r !== null);
  return { rows, identical: false };
}
