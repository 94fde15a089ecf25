/**
 * The metadata box of a document page (索引号 / 发文机关 / 成文日期 / 发文字号 / 发布日期 … as a table, a list
 * or label spans): found as the smallest element holding at least three labels, read cell by cell (a value
 * after its label's colon, or in the next cell).
 */
import { Element, Text, type AnyNode } from 'domhandler';
import { matchLabel, type PageMetadata } from './labels.ts';
import type { Measures } from './measure.ts';
import { renderLines } from './render-lines.ts';
import { elementsOf } from './walk.ts';

const MIN_LABELS = 3;

/** Elements that are metadata boxes: each the outermost wrapper adding almost no text to ≥ 3 labels. */
export function findMetadataBoxes(roots: readonly AnyNode[], measures: Measures): Element[] {
  const order = [...elementsOf(roots)];
  const hits = new Map<Element, number>();
  for (const el of order) {
    let n = 0;
    for (const c of el.children) if (c instanceof Text && matchLabel(c.data) !== null) n++;
    if (n > 0) hits.set(el, n);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const n = hits.get(el);
    if (n && el.parent instanceof Element) hits.set(el.parent, (hits.get(el.parent) ?? 0) + n);
  }
  const boxes: Element[] = [];
  for (const el of order) {
    if ((hits.get(el) ?? 0) < MIN_LABELS) continue;
    const childIsBox = el.children.some((c) => c instanceof Element && (hits.get(c) ?? 0) >= MIN_LABELS);
    if (childIsBox) continue;
    let box = el;
    const chars = (e: Element): number => measures.get(e)?.chars ?? 0;
    while (box.parent instanceof Element && chars(box.parent) <= chars(el) + 40 && box.parent.name !== 'body') box = box.parent;
    if (!boxes.some((b) => b === box)) boxes.push(box);
  }
  return boxes;
}

/** Splits "发文机关：国务院 成文日期：2018年11月06日" at each label that follows whitespace. */
function fieldsOf(cell: string): string[] {
  const fields: string[] = [];
  let start = 0;
  for (const m of cell.matchAll(/[\s\u3000]+/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const label = matchLabel(cell.slice(at));
    if (label && /[:：]/.test(cell.slice(at, at + 12))) {
      fields.push(cell.slice(start, m.index).trim());
      start = at;
    }
  }
  fields.push(cell.slice(start).trim());
  return fields.filter((f) => f !== '');
}

/** Label/value pairs of some lines (tab-separated cells); the first value of a key wins. */
export function readLabelledLines(lines: readonly string[]): PageMetadata {
  const metadata: PageMetadata = {};
  for (const line of lines) {
    const cells = line.split('\t').flatMap(fieldsOf);
    for (let i = 0; i < cells.length; i++) {
      const label = matchLabel(cells[i] ?? '');
      if (!label) continue;
      let value = label.rest;
      if (value === '') {
        const next = cells[i + 1];
        if (next !== undefined && matchLabel(next) === null) {
          value = next.trim();
          i++;
        }
      }
      if (label.key && value !== '' && metadata[label.key] === undefined) metadata[label.key] = value;
    }
  }
  return metadata;
}

export function readMetadataBox(box: Element): PageMetadata {
  return readLabelledLines(renderLines([box]));
}
