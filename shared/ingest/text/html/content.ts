/**
 * Which element holds the document: first the content containers government CMSs name (TRS TRS_Editor /
 * TRS_UEDITOR, www.gov.cn UCAP-CONTENT / pages_content, Hanweb 大汉 zoom / bt_content, 政务公开 xxgk content
 * divs, article_content …), then generic ones (article, main, #content …), then a text-density descent from
 * the body. Of nested candidates holding nearly the same text, the innermost wins.
 */
import { Element, Text, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { isChromeElement } from './chrome.ts';
import type { Measures } from './measure.ts';
import { attr, compact, contains, elementsOf, idClassTokens } from './walk.ts';

const compactLength = (s: string): number => compact(s).length;

/** id/class tokens CMS templates give the document body. */
const CMS_CONTAINERS = new Set([
  'ucap-content', 'pages_content', 'pages-content', 'trs_editor', 'trs_ueditor', 'trs_editor_view', 'trs_paper_default',
  'zoom', 'bt_content', 'bt-content', 'article_content', 'article-content', 'articlecontent', 'xxgk_content',
  'xxgk-content', 'xxgkcontent', 'xxgk_nr', 'xxgk-nr', 'xxgk_zw', 'zwgk_content', 'zw', 'zwnr', 'zw_nr', 'zw-nr', 'wzzw',
  'wz_zw', 'content_zw', 'news_content', 'news-content', 'detail_content', 'detail-content', 'main-text', 'main_text',
  'js_content', 'textcontent', 'text_content', 'con_text', 'article_body', 'article-body', 'tyzw',
]);

/** Parts of id/class tokens of generic content wrappers. */
const GENERIC_WORDS = new Set(['content', 'article', 'detail', 'text', 'main', 'body', 'zw', 'nr', 'con', 'view', 'info']);

const isCmsContainer = (el: Element): boolean => idClassTokens(el).some((t) => CMS_CONTAINERS.has(t));

const isGenericContainer = (el: Element): boolean =>
  el.name === 'article' || el.name === 'main' || attr(el, 'role').toLowerCase() === 'main' ||
  idClassTokens(el).some((t) => t.split(/[-_]/).some((p) => GENERIC_WORDS.has(p)));

/**
 * Elements inside page chrome (an ancestor, or the element itself, is chrome) — in two linear passes. An
 * element holding a CMS content container is never chrome, whatever its class says (tab panels, wrappers).
 */
export function chromeSet(roots: readonly AnyNode[], measures: Measures): Set<Element> {
  const holdsContent = new Set<Element>();
  for (const el of elementsOf(roots)) {
    if (!isCmsContainer(el) || (measures.get(el)?.chars ?? 0) === 0) continue;
    for (let n: Element | null = el; n && !holdsContent.has(n); n = n.parent instanceof Element ? n.parent : null) holdsContent.add(n);
  }
  const inChrome = new Set<Element>();
  for (const el of elementsOf(roots)) {
    if (holdsContent.has(el)) continue;
    const parent = el.parent instanceof Element ? el.parent : null;
    if ((parent && inChrome.has(parent)) || isChromeElement(el)) inChrome.add(el);
  }
  return inChrome;
}

/** The largest candidate, then the innermost candidate inside it holding ≥ 80 % of its text. */
function innermostOfLargest(candidates: Element[], measures: Measures): Element | null {
  const size = (e: Element): number => measures.get(e)?.chars ?? 0;
  const sorted = [...candidates].sort((a, b) => size(b) - size(a));
  let best = sorted[0];
  if (!best) return null;
  for (const c of sorted) {
    if (size(c) < size(best) * 0.8) break;
    if (c !== best && contains(best, c) && (measures.get(c)?.depth ?? 0) > (measures.get(best)?.depth ?? 0)) best = c;
  }
  return best;
}

/** Elements that hold blocks: the density descent goes into these, never into a paragraph or a heading. */
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'center', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'form', 'blockquote', 'dl', 'dd', 'ul', 'ol']);

/** From the root down: step into the child container holding most of the text while it holds ≥ 60 % of it. */
function densityDescent(root: ParentNode, measures: Measures, inChrome: Set<Element>): ParentNode {
  const plainText = (e: Element): number => {
    const m = measures.get(e);
    return m ? m.chars - m.linkChars : 0;
  };
  let current = root;
  for (;;) {
    let total = 0;
    let best: Element | null = null;
    let bestText = 0;
    for (const c of current.children) {
      if (c instanceof Text) total += compactLength(c.data);
      if (!(c instanceof Element)) continue;
      const text = plainText(c);
      total += text;
      if (inChrome.has(c)) continue;
      if (text > bestText) {
        best = c;
        bestText = text;
      }
    }
    if (!best || bestText < total * 0.6 || !CONTAINERS.has(best.name)) return current;
    current = best;
  }
}

export interface ContentChoice {
  /** The element (or, for a fragment of several top-level elements, the whole document) holding the text. */
  node: ParentNode;
  how: 'cms' | 'generic' | 'density';
}

/** The node holding the document's text. */
export function chooseContent(doc: Document, measures: Measures, inChrome: Set<Element>): ContentChoice {
  const roots = doc.children;
  const cms: Element[] = [];
  const generic: Element[] = [];
  for (const el of elementsOf(roots)) {
    if (inChrome.has(el)) continue;
    const m = measures.get(el);
    if (!m) continue;
    if (isCmsContainer(el) && m.chars > 0) cms.push(el);
    else if (isGenericContainer(el) && m.chars >= 80 && m.linkChars < m.chars * 0.5) generic.push(el);
  }
  const fromCms = innermostOfLargest(cms, measures);
  if (fromCms) return { node: fromCms, how: 'cms' };
  const fromGeneric = innermostOfLargest(generic, measures);
  if (fromGeneric) return { node: fromGeneric, how: 'generic' };
  return { node: densityDescent(doc, measures, inChrome), how: 'density' };
}
