/**
 * The XML of an Atom document (RFC 4287) written directly: elements, attributes, text and CDATA, indented by four
 * spaces as the `feed` library wrote it. Atom's shape is fixed and small, so a tree of plain values and one
 * serialiser replace `feed` + xml-js + sax (~42 KB of the api bundle, issue 20, bench/suites/bundle.ts). Text and
 * attribute values are escaped here, and nowhere else; CDATA never contains its own end marker. Pure.
 */

export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  /** Child elements, a text, or a CDATA section (`{ cdata }`). */
  content?: readonly XmlElement[] | string | { cdata: string };
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c] ?? c);
const cdata = (text: string): string => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

function write(el: XmlElement, depth: number, out: string[]): void {
  const indent = '\n' + '    '.repeat(depth);
  const attributes = Object.entries(el.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const content = el.content;
  if (content === undefined || (Array.isArray(content) && content.length === 0)) {
    out.push(`${indent}<${el.name}${attributes}/>`);
  } else if (typeof content === 'string') {
    out.push(`${indent}<${el.name}${attributes}>${escapeXml(content)}</${el.name}>`);
  } else if ('cdata' in content) {
    out.push(`${indent}<${el.name}${attributes}>${cdata(content.cdata)}</${el.name}>`);
  } else {
    out.push(`${indent}<${el.name}${attributes}>`);
    for (const child of content) write(child, depth + 1, out);
    out.push(`${indent}</${el.name}>`);
  }
}

/** The document: the XML declaration, then the root element. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, 0, out);
  return out.join('');
}
