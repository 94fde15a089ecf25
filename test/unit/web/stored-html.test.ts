/** The reader of the project's own stored HTML (shared/web/stored-html.ts): its tree, references and bounds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../../shared/changes/diff-html.ts';
import { diffTexts } from '../../../shared/changes/diff.ts';
import { decodeEntities, elementsNamed, hasClass, parseStoredHtml, textOf } from '../../../shared/web/stored-html.ts';

const seed = readFileSync(new URL('../../fixtures/seeds/000_9baf46a1570faede.txt', import.meta.url), 'utf8');

describe('parseStoredHtml', () => {
  it('gives back the text escapeHtml wrote: every row of a stored diff, its title and numbers', () => {
    const next = seed.replace(/。/, '。（新增句）<b>&</b>');
    const stored = renderDiffHtml(diffTexts(seed, next), { title: '通知 <一> & “二”', docNumber: '晋政发〔2024〕1号', fromVersion: 2, toVersion: 3 });
    const root = parseStoredHtml(stored);
    expect(textOf(elementsNamed(root, 'title')[0]!)).toBe('通知 <一> & “二” — 第2版与第3版对比');
    expect(textOf(elementsNamed(root, 'h1')[0]!)).toBe('通知 <一> & “二”');
    const list = elementsNamed(root, 'ol').find((el) => hasClass(el, 'diff'))!;
    const changed = elementsNamed(list, 'li').filter((li) => hasClass(li, 'changed'));
    expect(changed).toHaveLength(1);
    expect(elementsNamed(changed[0]!, 'ins').map(textOf).join('')).toContain('（新增句）<b>&</b>');
    // The style sheet is raw text: its selectors are not elements.
    expect(elementsNamed(root, 'li').every((li) => li.attributes.has('class'))).toBe(true);
  });

  it('decodes the references HTML writers use and leaves unknown ones as written', () => {
    expect(decodeEntities('&lt;a&gt; &amp;amp; &quot;x&quot; &#39;y&#x27; &#20013;&#x6587;&nbsp;')).toBe("<a> &amp; \"x\" 'y' 中文\u00a0");
    expect(decodeEntities('&copy2; &unknown; &#xD800; & ;')).toBe('&copy2; &unknown; \ufffd & ;');
  });

  it('keeps what it cannot read as text and stays linear on hostile input', () => {
    expect(textOf(parseStoredHtml('1 < 2 <3 a<>b <!-- c --> d'))).toBe('1 < 2 <3 a<>b  d');
    const deep = parseStoredHtml('<div>'.repeat(20_000) + '底');
    expect(textOf(deep)).toBe('底');
    expect(textOf(parseStoredHtml('<style>li{a:b}</li><li>'))).toBe('li{a:b}</li><li>');
  });
});
