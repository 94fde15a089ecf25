/**
 * HTML (or XML) text → a domhandler tree, in linear time.
 *
 * Tokenising — tags, attributes, entities, comments, CDATA, raw-text elements (script, style, title,
 * textarea) and malformed markup — is htmlparser2's Tokenizer. The tree is built here rather than by
 * htmlparser2's Parser because that Parser keeps its open-element stack with `unshift`/`indexOf`, which is
 * O(depth) per tag: measured on this machine, 1 MB of unclosed `<div>` took 13.6 s and 1 MB of
 * `<table><tr><td>` 18.4 s. Here the stack is pushed and popped at its end, a count per tag name answers
 * "is it open" in O(1), and the depth is capped like Chrome's parser (elements beyond it become siblings),
 * so every tag costs O(1) amortised and a fragment without `<html>` is simply a tree with several roots.
 */
import { Document, Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import { Tokenizer } from 'htmlparser2';
import { IMPLIED_CLOSE, SCOPED_CLOSE, VOID_ELEMENTS } from './html-rules.ts';

/** Deepest nesting kept (Chrome's HTML parser uses the same limit); deeper elements are attached as siblings. */
export const MAX_DEPTH = 512;

/** How far down the open elements a new cell, row or item looks for the one it closes. */
const SCOPE_SEARCH = 64;

export interface ParseOptions {
  /** XML mode (feeds): self-closing tags close, no void elements, no implied closes, CDATA is text. */
  xml?: boolean;
}

/** Elements whose text is never document text: not kept in the tree at all. */
const DROPPED_TEXT = new Set(['script', 'style', 'noscript', 'template']);

class TreeBuilder {
  readonly document = new Document([]);
  private readonly stack: ParentNode[] = [this.document];
  private readonly stackNames: string[] = [''];
  private readonly open = new Map<string, number>();
  private tagName = '';
  private attribs: Record<string, string> = {};
  private attribName = '';
  private attribValue = '';

  constructor(
    private readonly source: string,
    private readonly xml: boolean,
  ) {}

  private get top(): ParentNode {
    return this.stack[this.stack.length - 1] ?? this.document;
  }

  private get topName(): string {
    return this.stackNames[this.stackNames.length - 1] ?? '';
  }

  private append(node: ChildNode): void {
    const parent = this.top;
    const last = parent.children[parent.children.length - 1];
    node.parent = parent;
    node.prev = last ?? null;
    node.next = null;
    if (last) last.next = node;
    parent.children.push(node);
  }

  private pop(): void {
    if (this.stack.length <= 1) return;
    this.stack.pop();
    const name = this.stackNames.pop() ?? '';
    this.open.set(name, (this.open.get(name) ?? 1) - 1);
  }

  addText(data: string): void {
    if (data === '' || DROPPED_TEXT.has(this.topName)) return;
    const parent = this.top;
    const last = parent.children[parent.children.length - 1];
    if (last instanceof Text) last.data += data;
    else this.append(new Text(data));
  }

  openTag(name: string): void {
    this.tagName = this.xml ? name : name.toLowerCase();
    this.attribs = {};
  }

  attribute(name: string): void {
    this.attribName = this.xml ? name : name.toLowerCase();
    this.attribValue = '';
  }

  attributeData(data: string): void {
    this.attribValue += data;
  }

  attributeEnd(): void {
    if (this.attribName !== '' && !(this.attribName in this.attribs)) this.attribs[this.attribName] = this.attribValue;
    this.attribName = '';
  }

  /** The open tag is complete: implied closes, then the element, pushed unless void or self-closed. */
  openTagEnd(selfClosing: boolean): void {
    const name = this.tagName;
    this.tagName = '';
    if (name === '') return;
    if (!this.xml) this.closeImplied(name);
    if (this.stack.length > MAX_DEPTH) this.pop();
    const element = new Element(name, this.attribs);
    this.append(element);
    const isVoid = this.xml ? selfClosing : VOID_ELEMENTS.has(name);
    if (isVoid) return;
    this.stack.push(element);
    this.stackNames.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }

  /** What opening `name` closes: the scoped search (cells, rows, items) or the current element only. */
  private closeImplied(name: string): void {
    const scoped = SCOPED_CLOSE.get(name);
    if (scoped) {
      // bounded search: hostile nesting cannot make each tag cost the whole stack
      for (let i = this.stackNames.length - 1; i > Math.max(0, this.stackNames.length - 1 - SCOPE_SEARCH); i--) {
        const open = this.stackNames[i] ?? '';
        if (scoped.boundary.has(open)) break;
        if (scoped.closes.has(open)) {
          while (this.stack.length > i) this.pop();
          break;
        }
      }
      return;
    }
    const closes = IMPLIED_CLOSE.get(name);
    if (closes) while (this.stack.length > 1 && closes.has(this.topName)) this.pop();
  }

  closeTag(rawName: string): void {
    const name = this.xml ? rawName : rawName.toLowerCase();
    if ((this.open.get(name) ?? 0) > 0) {
      while (this.stack.length > 1) {
        const top = this.topName;
        this.pop();
        if (top === name) break;
      }
    } else if (!this.xml && name === 'br') {
      this.append(new Element('br', {}));
    }
  }

  slice(start: number, end: number): string {
    return this.source.slice(start, end);
  }
}

/** Parses markup into a Document; never throws on any input string. */
export function parseMarkup(source: string, options: ParseOptions = {}): Document {
  const xml = options.xml === true;
  const b = new TreeBuilder(source, xml);
  const tokenizer = new Tokenizer(
    { xmlMode: xml, decodeEntities: true, recognizeSelfClosing: xml },
    {
      ontext: (start, end) => b.addText(b.slice(start, end)),
      ontextentity: (cp) => b.addText(String.fromCodePoint(cp)),
      onopentagname: (start, end) => b.openTag(b.slice(start, end)),
      onattribname: (start, end) => b.attribute(b.slice(start, end)),
      onattribdata: (start, end) => b.attributeData(b.slice(start, end)),
      onattribentity: (cp) => b.attributeData(String.fromCodePoint(cp)),
      onattribend: () => b.attributeEnd(),
      onopentagend: () => b.openTagEnd(false),
      onselfclosingtag: () => b.openTagEnd(true),
      onclosetag: (start, end) => b.closeTag(b.slice(start, end)),
      oncdata: (start, end, offset) => {
        if (xml) b.addText(b.slice(start, end - offset));
      },
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onprocessinginstruction: () => undefined,
      onend: () => undefined,
    },
  );
  tokenizer.write(source);
  tokenizer.end();
  return b.document;
}
