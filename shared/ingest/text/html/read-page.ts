/**
 * A government document page (or a crawled fragment of one) → the document's lines and the page's
 * metadata. One pass of each: parse, measure, mark chrome, find the metadata box, choose the content,
 * find the printed title and the article header between it and the content, render.
 */
import { Element, type AnyNode } from 'domhandler';
import { isChromeLine, isInfoLine } from './chrome.ts';
import { chooseContent, chromeSet, type ContentChoice } from './content.ts';
import { parseMarkup } from './dom.ts';
import { METADATA_KEYS, type PageMetadata } from './labels.ts';
import { measure } from './measure.ts';
import { findMetadataBoxes, readLabelledLines, readMetadataBox } from './metadata-box.ts';
import { readMetaTags } from './meta-tags.ts';
import { renderLines } from './render-lines.ts';
import { findTitle, nodesBetween, titleElementText } from './title.ts';
import { compact, contains } from './walk.ts';

export interface HtmlReading {
  lines: string[];
  metadata: PageMetadata;
  /** How the content was found (for diagnostics and tests). */
  contentBy: ContentChoice['how'];
}

/** At most this many header lines (title excluded) between the title and the content; more means no header. */
const MAX_HEADER_LINES = 6;

/** Where `title` is printed in the first lines: alone, or split over up to three lines ([first, last]). */
function printedNearTop(lines: readonly string[], title: string): [number, number] | null {
  const want = compact(title);
  const head = lines.slice(0, 12).map(compact);
  for (let i = 0; i < head.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(head.length, i + 3); j++) {
      joined += head[j] ?? '';
      if (joined === want) return [i, j];
      if (!want.startsWith(joined)) break;
    }
  }
  return null;
}

/**
 * The title line first: a title the page states but the lines lack is put on top; one printed over two or
 * three lines (a layout wrap of the centred title) becomes one line.
 */
function withTitleLine(lines: string[], title: string | null): string[] {
  if (!title) return lines;
  const at = printedNearTop(lines, title);
  if (!at) return [title, ...lines];
  const [first, last] = at;
  if (first === last) return lines;
  return [...lines.slice(0, first), lines.slice(first, last + 1).join(''), ...lines.slice(last + 1)];
}

function merge(...sources: PageMetadata[]): PageMetadata {
  const out: PageMetadata = {};
  for (const key of METADATA_KEYS) {
    for (const s of sources) {
      const v = s[key]?.trim();
      if (v) {
        out[key] = v;
        break;
      }
    }
  }
  return out;
}

/** 来源 and the publication time from the article header's info line ("时间：2024-04-28 17:31 来源：…"). */
function readInfoLines(lines: readonly string[]): PageMetadata {
  const info: PageMetadata = {};
  for (const line of lines) {
    const source = /(?:信息|文章|稿件)?来源\s*[:：]\s*([^\s\u3000【]+)/.exec(line)?.[1];
    if (source && !info.来源) info.来源 = source;
    const time = /(?:发布|发表|公开)?(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/.exec(line)?.[1];
    if (time && !info.发布日期) info.发布日期 = time.trim();
  }
  return info;
}

export function readHtmlPage(html: string): HtmlReading {
  const doc = parseMarkup(html);
  const roots: readonly AnyNode[] = doc.children;
  const measures = measure(roots);
  const inChrome = chromeSet(roots, measures);
  const boxes = findMetadataBoxes(roots, measures).filter((b) => !inChrome.has(b));
  const boxSet = new Set<Element>(boxes);
  const fromBox = merge(...boxes.map(readMetadataBox));
  const fromMeta = readMetaTags(roots);

  const content = chooseContent(doc, measures, inChrome);
  const inContent = (el: Element): boolean => contains(content.node, el);
  const skip = (el: Element): boolean => boxSet.has(el) || (inChrome.has(el) && !contains(el, content.node));
  let body = renderLines(content.node instanceof Element ? [content.node] : content.node.children, { skip }).filter((l) => !isChromeLine(l));
  if (body.length === 0) body = renderLines(content.node instanceof Element ? [content.node] : content.node.children, { skip: (el) => boxSet.has(el) });

  const title = findTitle(roots, content.node, measures, (el) => inChrome.has(el) || boxes.some((b) => contains(b, el)) || inContent(el), [
    fromBox.标题,
    fromMeta.标题,
    titleElementText(roots),
  ]);

  const header: string[] = [];
  let info: PageMetadata = {};
  if (title.element && content.node instanceof Element) {
    const between = renderLines(nodesBetween(title.element, content.node), { skip: (el) => inChrome.has(el) || boxSet.has(el) });
    info = readInfoLines(between);
    const kept = between.filter((l) => !isChromeLine(l) && !isInfoLine(l) && readLabelledLines([l]).标题 === undefined);
    if (kept.length <= MAX_HEADER_LINES) header.push(...kept);
  }
  const titleText = title.text;
  // a title only the <title> element suggests, printed nowhere, is a guess (often the column's name): not added
  const stated = title.element ? titleText : (fromBox.标题 ?? fromMeta.标题 ?? null);
  const lines = withTitleLine([...header, ...body], stated);

  const metadata = merge(fromBox, fromMeta, info, stated ? { 标题: stated } : {});
  return { lines, metadata, contentBy: content.how };
}
