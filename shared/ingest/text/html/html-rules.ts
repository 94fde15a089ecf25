/**
 * The HTML facts the tree builder and the line renderer need: void elements, the opening tags that close
 * an open element implicitly (the same table htmlparser2's Parser uses), and which elements are blocks.
 */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const SECTIONS = new Set(['thead', 'tbody']);

/** Opening tag → the elements it closes when one of them is the current element. */
export const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h): [string, ReadonlySet<string>] => [h, HEADINGS]),
  ...(['select', 'input', 'output', 'button', 'datalist', 'textarea'] as const).map((f): [string, ReadonlySet<string>] => [f, FORM]),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT],
  ['dt', DDT],
  ...(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'] as const).map((b): [string, ReadonlySet<string>] => [b, P]),
  ['tbody', SECTIONS],
  ['tfoot', SECTIONS],
]);

/** Elements that start and end a line of text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul',
]);

/** Elements whose content is never read as text (besides script/style, which the tree does not keep). */
export const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'map', 'select', 'option', 'button', 'input', 'textarea', 'datalist', 'title',
]);

/**
 * Opening tags that close an open element further down the stack, not only the current one (a new cell
 * closes the previous cell and the link still open in it): search down to the nearest `closes` element,
 * stopping at a `boundary` (a nested table or list keeps its outer cell or item open).
 */
export interface ScopedClose {
  closes: ReadonlySet<string>;
  boundary: ReadonlySet<string>;
}

const CELL: ScopedClose = { closes: new Set(['td', 'th']), boundary: new Set(['tr', 'table', 'tbody', 'thead', 'tfoot']) };
const ROW: ScopedClose = { closes: new Set(['tr', 'td', 'th']), boundary: new Set(['table', 'tbody', 'thead', 'tfoot']) };
const SECTION: ScopedClose = { closes: new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']), boundary: new Set(['table']) };
const ITEM: ScopedClose = { closes: new Set(['li']), boundary: new Set(['ul', 'ol', 'table', 'td', 'th']) };
const DEFINITION: ScopedClose = { closes: new Set(['dd', 'dt']), boundary: new Set(['dl', 'table', 'td', 'th']) };

export const SCOPED_CLOSE: ReadonlyMap<string, ScopedClose> = new Map([
  ['td', CELL],
  ['th', CELL],
  ['tr', ROW],
  ['tbody', SECTION],
  ['thead', SECTION],
  ['tfoot', SECTION],
  ['li', ITEM],
  ['dd', DEFINITION],
  ['dt', DEFINITION],
]);
