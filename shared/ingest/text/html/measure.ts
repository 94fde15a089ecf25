/**
 * Text amounts per element, computed once bottom-up (linear): characters of visible text, how many of them
 * are link text, and the element's depth. Content choice and the metadata box read these instead of
 * re-walking subtrees.
 */
import { Element, Text, type AnyNode } from 'domhandler';
import { NON_TEXT_ELEMENTS } from './html-rules.ts';

export interface Amount {
  /** Non-whitespace characters of visible text. */
  chars: number;
  /** Of those, the characters inside <a> elements. */
  linkChars: number;
  depth: number;
  /** Position in document order (pre-order index). */
  order: number;
}

export type Measures = Map<Element, Amount>;

const visibleChars = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200b)) n++;
  }
  return n;
};

export function measure(roots: readonly AnyNode[]): Measures {
  const measures: Measures = new Map();
  const order: Element[] = [];
  const stack: { node: AnyNode; depth: number; inLink: boolean }[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i] as AnyNode, depth: 0, inLink: false });
  const textOwner: { el: Element | null; chars: number; link: boolean }[] = [];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth, inLink } = item;
    if (node instanceof Text) {
      const parent = node.parent instanceof Element ? node.parent : null;
      textOwner.push({ el: parent, chars: visibleChars(node.data), link: inLink });
      continue;
    }
    if (node instanceof Element) {
      if (NON_TEXT_ELEMENTS.has(node.name)) continue;
      measures.set(node, { chars: 0, linkChars: 0, depth, order: order.length });
      order.push(node);
    }
    const children = 'children' in node ? node.children : [];
    const link = inLink || (node instanceof Element && node.name === 'a');
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as AnyNode, depth: depth + 1, inLink: link });
  }
  for (const t of textOwner) {
    const m = t.el ? measures.get(t.el) : undefined;
    if (!m) continue;
    m.chars += t.chars;
    if (t.link) m.linkChars += t.chars;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as Element;
    const m = measures.get(el);
    const parent = el.parent instanceof Element ? measures.get(el.parent) : undefined;
    if (m && parent) {
      parent.chars += m.chars;
      parent.linkChars += m.linkChars;
    }
  }
  return measures;
}
