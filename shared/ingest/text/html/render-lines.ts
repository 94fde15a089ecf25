/**
 * A DOM subtree → the lines a reader sees: block elements and `<br>` break lines, inline elements (spans,
 * fonts, links) join, whitespace collapses as a browser shows it (a source line break between two Chinese
 * characters disappears), and a table row becomes one line of tab-separated cells — unless its cells hold
 * several lines each (a layout table), then the cells' lines follow one another.
 * Recursion depth is bounded by the tree's depth cap (dom.ts MAX_DEPTH).
 */
import { Element, Text, type AnyNode } from 'domhandler';
import { BLOCK_ELEMENTS, NON_TEXT_ELEMENTS } from './html-rules.ts';

export interface RenderOptions {
  /** Subtrees left out (chrome, the metadata box …). */
  skip?: (el: Element) => boolean;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const NEWLINE_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t\\f\\r]*\\n[\\s]*(?=[${CJK}])`, 'g');

/** Browser whitespace: a line break between CJK characters vanishes, other runs become one space. */
export function normaliseWhitespace(data: string): string {
  return data.replace(NEWLINE_BETWEEN_CJK, '$1').replace(/[ \t\n\r\f\u00a0]+/g, ' ');
}

class LineWriter {
  readonly lines: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }

  breakLine(): void {
    const line = this.current.replace(/ {2,}/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  /** A finished line (a table row) kept as it is, leading empty cells included. */
  push(line: string): void {
    this.breakLine();
    this.lines.push(line);
  }
}

/** The rows of a table (through thead/tbody/tfoot, not into nested tables) and its other children. */
function tableParts(table: Element): { rows: Element[]; other: AnyNode[] } {
  const rows: Element[] = [];
  const other: AnyNode[] = [];
  const visit = (nodes: readonly AnyNode[]): void => {
    for (const n of nodes) {
      if (n instanceof Element && n.name === 'tr') rows.push(n);
      else if (n instanceof Element && (n.name === 'tbody' || n.name === 'thead' || n.name === 'tfoot')) visit(n.children);
      else other.push(n);
    }
  };
  visit(table.children);
  return { rows, other };
}

class Renderer {
  constructor(private readonly options: RenderOptions) {}

  render(nodes: readonly AnyNode[], w: LineWriter): void {
    for (const n of nodes) this.node(n, w);
  }

  private node(n: AnyNode, w: LineWriter): void {
    if (n instanceof Text) {
      w.text(normaliseWhitespace(n.data));
      return;
    }
    if (!(n instanceof Element)) return;
    if (NON_TEXT_ELEMENTS.has(n.name) || this.options.skip?.(n)) return;
    if (n.name === 'br') {
      w.breakLine();
      return;
    }
    if (n.name === 'table') {
      w.breakLine();
      this.table(n, w);
      w.breakLine();
      return;
    }
    const block = BLOCK_ELEMENTS.has(n.name) || n.name === 'td' || n.name === 'th';
    if (block) w.breakLine();
    this.render(n.children, w);
    if (block) w.breakLine();
  }

  private cellLines(cell: Element): string[] {
    const w = new LineWriter();
    this.render(cell.children, w);
    w.breakLine();
    return w.lines;
  }

  private table(table: Element, w: LineWriter): void {
    const { rows, other } = tableParts(table);
    for (const n of other) {
      w.breakLine();
      this.node(n, w);
      w.breakLine();
    }
    for (const row of rows) {
      const cells = row.children.filter((c): c is Element => c instanceof Element && (c.name === 'td' || c.name === 'th') && !this.options.skip?.(c));
      const rendered = cells.map((c) => this.cellLines(c));
      if (rendered.every((lines) => lines.length <= 1)) {
        const line = rendered.map((lines) => (lines[0] ?? '').replace(/\t/g, ' ')).join('\t').replace(/\t+$/, '');
        if (line.replace(/\t/g, '') !== '') w.push(line);
      } else {
        for (const lines of rendered) for (const line of lines) w.push(line);
      }
    }
  }
}

/** Lines of text of the given nodes, in document order, none empty. */
export function renderLines(nodes: readonly AnyNode[], options: RenderOptions = {}): string[] {
  const w = new LineWriter();
  new Renderer(options).render(nodes, w);
  w.breakLine();
  return w.lines;
}
