/**
 * The document title of a page and the article header around it. Government templates print the title
 * (and often the 文号 under it) above the content container, outside it; the page also says the title in
 * its metadata box, an ArticleTitle meta tag, an <h1> or the <title> element. The title element is the
 * printed element whose text is one of those titles; the nodes between it and the content are the header.
 */
import { Element, type AnyNode, type ParentNode } from 'domhandler';
import type { Measures } from './measure.ts';
import { collapse, compact, contains, elementsOf, idClassTokens, textOf } from './walk.ts';

export interface TitleFinding {
  /** The printed title element before the content, or null. */
  element: Element | null;
  /** The title text (collapsed whitespace), or null when the page gives none. */
  text: string | null;
}

/** The first segment of the <title> element ("标题_栏目_网站"). */
export function titleElementText(roots: readonly AnyNode[]): string | null {
  for (const el of elementsOf(roots)) {
    if (el.name !== 'title') continue;
    const first = collapse(textOf(el)).split(/\s*[_|｜]\s*|\s+[-－—]\s+/)[0]?.trim() ?? '';
    return first.length >= 2 ? first : null;
  }
  return null;
}

const isTitleLike = (el: Element): boolean =>
  /^h[1-3]$/.test(el.name) || idClassTokens(el).some((t) => t.split(/[-_]/).some((p) => p === 'title' || p === 'tit' || p === 'bt' || p === 'headline'));

/**
 * Finds the printed title before `content`: an element whose compact text equals a known title, else (when
 * the page states no title) an h1–h3 or *title* element of plausible length.
 */
export function findTitle(
  roots: readonly AnyNode[],
  content: ParentNode,
  measures: Measures,
  excluded: (el: Element) => boolean,
  known: readonly (string | null | undefined)[],
): TitleFinding {
  const contentOrder = content instanceof Element ? (measures.get(content)?.order ?? Infinity) : Infinity;
  const wanted = known.filter((t): t is string => !!t && compact(t).length >= 2);
  const wantedCompact = new Set(wanted.map(compact));
  const ancestors = new Set<AnyNode>();
  for (let n: AnyNode | null = content; n; n = n.parent) ancestors.add(n);
  let exact: Element | null = null;
  let likely: Element | null = null;
  for (const el of elementsOf(roots)) {
    const m = measures.get(el);
    if (!m || m.order >= contentOrder || m.chars < 2 || m.chars > 300 || ancestors.has(el) || excluded(el)) continue;
    const text = compact(textOf(el));
    if (wantedCompact.has(text)) exact = el;
    else if (!likely && isTitleLike(el) && text.length >= 4 && text.length <= 120) likely = el;
  }
  const element = exact ?? (wanted.length === 0 ? likely : null);
  const text = element ? collapse(textOf(element)) : (wanted[0] ?? null);
  return { element, text: text === '' ? null : text };
}

/** The nodes after `from` and before `to` in document order, as top-level pieces (neither contains the other). */
export function nodesBetween(from: AnyNode, to: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const descend = (parent: ParentNode): boolean => {
    for (const c of parent.children) {
      if (c === to) return true;
      if (contains(c, to)) return descend(c as ParentNode);
      out.push(c);
    }
    return false;
  };
  for (let n: AnyNode | null = from; n; n = n.parent) {
    for (let s = n.next; s; s = s.next) {
      if (s === to) return out;
      if (contains(s, to)) {
        descend(s as ParentNode);
        return out;
      }
      out.push(s);
    }
  }
  return out;
}
