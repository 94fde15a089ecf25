/**
 * Reads a stored diff view (shared/changes/diff-html.ts writes it next to each revision) back into rows, so the
 * diff page renders it inside the site's own shell: only the rows' kinds, line numbers, change words and
 * inserted/deleted runs are kept, every text re-escaped — nothing of the stored markup is passed through.
 *
 * The stored view is the project's own serialisation, not arbitrary HTML: elements with quoted attributes, text
 * escaped by escapeHtml (&amp; &lt; &gt; &quot; &#39;), one <li> per row inside <ol class="diff">. So it is read
 * by the small tokenizer of ./stored-html.ts rather than a general HTML parser, which kept ~80 KB (htmlparser2,
 * entities, domhandler) in the api bundle for this one page (issue 20, bench/suites/bundle.ts).
 */
import { elementsNamed, hasClass, parseStoredHtml, textOf, type StoredElement } from './stored-html.ts';

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

function rowOf(li: StoredElement): DiffRow | null {
  const kind = KINDS.find((k) => hasClass(li, k));
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
    if (typeof child === 'string') {
      push('equal', child);
      continue;
    }
    if (child.name === 'span' && hasClass(child, 'n')) line = Number(textOf(child)) || null;
    else if (child.name === 'span' && hasClass(child, 'mark')) mark = textOf(child).replace(/[【】]/g, '').trim() || null;
    else if (child.name === 'ins') push('insert', textOf(child));
    else if (child.name === 'del') push('delete', textOf(child));
    else push('equal', textOf(child));
  }
  return { kind, line, mark, parts };
}

/** The rows of a stored diff view; null when the text is not one (no diff list and no "no difference" line). */
export function readStoredDiff(stored: string): StoredDiff | null {
  const root = parseStoredHtml(stored);
  const list = elementsNamed(root, 'ol').find((el) => hasClass(el, 'diff'));
  if (!list) {
    const main = elementsNamed(root, 'main')[0];
    return main && /没有差异/.test(textOf(main)) ? { rows: [], identical: true } : null;
  }
  const rows = list.children
    .filter((c): c is StoredElement => typeof c !== 'string' && c.name === 'li')
    .map(rowOf)
    .filter((r): r is DiffRow => r !== null);
  return { rows, identical: false };
}
