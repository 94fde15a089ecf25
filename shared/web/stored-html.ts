/**
 * A small reader for the HTML the project writes itself (the stored diff views of shared/changes/diff-html.ts):
 * start and end tags with attributes, text, comments and the doctype, the void elements, <style>/<script> as raw
 * text, character references (the five escapeHtml writes, &nbsp;, numeric ones). One linear pass over the
 * input, so a damaged or hostile stored file costs its length and nothing more; what it cannot read is kept as
 * text. Not a general HTML parser: no implied tables or paragraphs beyond closing an open <li>/<p>.
 */

export interface StoredElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: StoredNode[];
}
export type StoredNode = StoredElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
/** Elements closed by an opening tag of the same name while open (what the writer never relies on, old files might). */
const SELF_CLOSING_SIBLINGS = new Set(['li', 'p']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references decoded; an unknown or malformed one is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>|<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!map.has(name)) map.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return map;
}

/** The document as a tree under a nameless root element. */
export function parseStoredHtml(source: string): StoredElement {
  const root: StoredElement = { name: '', attributes: new Map(), children: [] };
  const open: StoredElement[] = [root];
  const top = (): StoredElement => open[open.length - 1]!;
  const text = (t: string) => {
    if (t.length > 0) top().children.push(decodeEntities(t));
  };
  let lower: string | undefined;
  TAG.lastIndex = 0;
  let at = 0;
  for (let m = TAG.exec(source); m !== null; m = TAG.exec(source)) {
    text(source.slice(at, m.index));
    at = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment, the doctype, a processing instruction
    if (m[1] === '/') {
      let i = open.length - 1;
      while (i > 0 && open[i]!.name !== name) i--;
      if (i > 0) open.length = i;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && top().name === name) open.pop();
    const element: StoredElement = { name, attributes: attributesOf(m[3] ?? ''), children: [] };
    top().children.push(element);
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const close = (lower ??= source.toLowerCase()).indexOf(`</${name}`, at);
      const end = close === -1 ? source.length : close;
      const raw = source.slice(at, end);
      if (raw.length > 0) element.children.push(name === 'title' || name === 'textarea' ? decodeEntities(raw) : raw);
      const gt = close === -1 ? -1 : source.indexOf('>', close);
      at = gt === -1 ? source.length : gt + 1;
      TAG.lastIndex = at;
      continue;
    }
    open.push(element);
  }
  text(source.slice(at));
  return root;
}

/** Every element of that name below `root`, in document order. */
export function elementsNamed(root: StoredElement, name: string): StoredElement[] {
  const found: StoredElement[] = [];
  const stack: StoredNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') continue;
    if (node.name === name) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** The text of a node and everything below it (iteratively: a hostile file may nest deeply). */
export function textOf(node: StoredNode): string {
  const out: string[] = [];
  const stack: StoredNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') out.push(n);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.join('');
}

export const hasClass = (el: StoredElement, cls: string): boolean => (el.attributes.get('class') ?? '').split(/\s+/).includes(cls);
