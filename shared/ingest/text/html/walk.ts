/**
 * Iterative walks over a domhandler tree (no recursion, push/pop stacks only: linear on any depth), and the
 * small attribute helpers the readers share.
 */
import { Element, Text, type AnyNode } from 'domhandler';
import { getAttributeValue } from 'domutils';

/** Every element under `roots`, in document order (pre-order). */
export function* elementsOf(roots: readonly AnyNode[]): Generator<Element> {
  const stack: AnyNode[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i] as AnyNode);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!(node instanceof Element) && !('children' in node)) continue;
    if (node instanceof Element) yield node;
    const children = 'children' in node ? node.children : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
}

/** The elements named `name` (lower case) under `roots`, in document order. */
export function elementsNamed(roots: readonly AnyNode[], name: string): Element[] {
  const out: Element[] = [];
  for (const el of elementsOf(roots)) if (el.name === name) out.push(el);
  return out;
}

/** All text under `node` (entities already decoded), concatenated in order; `skip` prunes subtrees. */
export function textOf(node: AnyNode, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n instanceof Text) {
      parts.push(n.data);
      continue;
    }
    if (n instanceof Element && skip?.(n)) continue;
    const children = 'children' in n ? n.children : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return parts.join('');
}

/** Whitespace of any kind (ASCII, no-break, ideographic) collapsed to one space, trimmed. */
export const collapse = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/** Text with every kind of whitespace removed: how labels and titles are compared. */
export const compact = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

export const attr = (el: Element, name: string): string => getAttributeValue(el, name) ?? '';

/** The id and class tokens of an element, lower case. */
export function idClassTokens(el: Element): string[] {
  const raw = `${attr(el, 'id')} ${attr(el, 'class')}`.toLowerCase().trim();
  return raw === '' ? [] : raw.split(/\s+/);
}

/** Whether `inner` is `outer` or lies inside it. */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}
