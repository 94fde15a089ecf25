import fc from 'fast-check';
import { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseMarkup } from '../../../../../shared/ingest/text/html/dom.ts';
import { readHtmlPage } from '../../../../../shared/ingest/text/html/read-page.ts';
import { elementsOf, textOf } from '../../../../../shared/ingest/text/html/walk.ts';

const depthOf = (el: Element): number => {
  let d = 0;
  for (let n = el.parent; n; n = n.parent) d++;
  return d;
};

describe('parseMarkup', () => {
  it('reads a fragment with no <html> wrapper as several roots, entities decoded', () => {
    const doc = parseMarkup('<p>关于&ldquo;双随机&rdquo;&amp;监管</p><p>第&#20108;条&#x4e09;</p>text');
    const names = doc.children.map((c) => (c instanceof Element ? c.name : 'text'));
    expect(names).toEqual(['p', 'p', 'text']);
    expect(textOf(doc)).toBe('关于“双随机”&监管第二条三text');
  });

  it('closes implied elements and ignores stray end tags', () => {
    const doc = parseMarkup('<table><tr><td>a<td>b<tr><td>c</table></span></div><p>x<p>y');
    const cells = [...elementsOf(doc.children)].filter((e) => e.name === 'td').map((e) => textOf(e));
    expect(cells).toEqual(['a', 'b', 'c']);
    expect([...elementsOf(doc.children)].filter((e) => e.name === 'p').map((e) => textOf(e))).toEqual(['x', 'y']);
  });

  it('drops script and style text, keeps unquoted and malformed attributes', () => {
    const doc = parseMarkup('<div id=UCAP-CONTENT class=\'a b\'><script>var x = "<p>no</p>";</script><style>p{}</style>正文</div>');
    const div = [...elementsOf(doc.children)][0];
    expect(div?.attribs).toEqual({ id: 'UCAP-CONTENT', class: 'a b' });
    expect(textOf(doc)).toBe('正文');
  });

  it('reads XML with CDATA and self-closing elements in xml mode', () => {
    const doc = parseMarkup('<rss><item><title><![CDATA[a <b>]]></title><link href="x"/><link>y</link></item></rss>', { xml: true });
    const item = [...elementsOf(doc.children)].find((e) => e.name === 'item');
    expect(item?.children.map((c) => (c instanceof Element ? `${c.name}:${textOf(c)}` : ''))).toEqual(['title:a <b>', 'link:', 'link:y']);
  });

  it('caps nesting depth: deeper elements become siblings, no text is lost', () => {
    const n = MAX_DEPTH * 3;
    const doc = parseMarkup('<div>x'.repeat(n));
    const divs = [...elementsOf(doc.children)];
    expect(divs).toHaveLength(n);
    expect(Math.max(...divs.map(depthOf))).toBeLessThanOrEqual(MAX_DEPTH);
    expect(textOf(doc)).toBe('x'.repeat(n));
  });
});

describe('hostile HTML (issue 15 item 7: unclosed tags were quadratic)', () => {
  const mb = (unit: string): string => unit.repeat(Math.ceil((1024 * 1024) / unit.length));

  it.each([
    ['unclosed <div>', '<div class="content">正文'],
    ['unclosed table cells', '<table><tr><td>正文'],
    ['unclosed <font> with stray closes', '<font>正文</span>'],
    ['unclosed links', '<a href="/x.html">正文'],
  ])('reads 1 MB of %s to the end', (_name, unit) => {
    const html = `${mb(unit)}<p>末尾标记 END</p>`;
    const { lines } = readHtmlPage(html);
    const text = lines.join('');
    // the reader went through the whole megabyte: the text after it is there, and nearly all repetitions
    // (the depth cap keeps every element; only the outermost wrappers' own text may fall outside the content)
    expect(text.endsWith('末尾标记 END')).toBe(true);
    const repetitions = Math.ceil((1024 * 1024) / unit.length);
    expect(text.split('正文').length - 1).toBeGreaterThan(repetitions * 0.98);
  });
});

describe('the HTML reader never throws and terminates', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = readHtmlPage(s);
        expect(Array.isArray(r.lines)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on tag soup built from HTML pieces', () => {
    const piece = fc.constantFrom(
      '<div>', '</div>', '<p>', '</p>', '<table>', '<tr>', '<td>', '</td>', '</table>', '<br>', '<a href="x">', '</a>',
      '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#x', '&#99999999;', '<td class="UCAP-CONTENT">',
      '<div class="TRS_Editor">', '索引号：', '发文字号：', '<li>标题：', '关于', '通知', '\n', ' ', '<', '>', '"', "'", '=',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const r = readHtmlPage(pieces.join(''));
        for (const line of r.lines) expect(line).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
