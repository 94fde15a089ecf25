/** The Atom XML writer (shared/feeds/atom-xml.ts): escaping, CDATA, empty elements, indentation. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument } from '../../../shared/feeds/atom-xml.ts';

describe('xmlDocument', () => {
  it('escapes text and attribute values, splits a CDATA end marker, closes empty elements', () => {
    const xml = xmlDocument({
      name: 'feed',
      attributes: { xmlns: 'http://www.w3.org/2005/Atom' },
      content: [
        { name: 'title', content: '公报 & <订阅> "一"' },
        { name: 'link', attributes: { rel: 'self', href: 'https://gw.example.org/feeds/a.atom?x=1&y="2"' } },
        { name: 'entry', content: [{ name: 'title', attributes: { type: 'html' }, content: { cdata: '第一条]]>第二条 &lt;b&gt;' } }, { name: 'id', content: 'tag:gw.example.org,2026:a' }] },
        { name: 'category', content: [] },
      ],
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        '    <title>公报 &amp; &lt;订阅&gt; &quot;一&quot;</title>',
        '    <link rel="self" href="https://gw.example.org/feeds/a.atom?x=1&amp;y=&quot;2&quot;"/>',
        '    <entry>',
        '        <title type="html"><![CDATA[第一条]]]]><![CDATA[>第二条 &lt;b&gt;]]></title>',
        '        <id>tag:gw.example.org,2026:a</id>',
        '    </entry>',
        '    <category/>',
        '</feed>',
      ].join('\n'),
    );
    const feed = parseFeed(xml);
    expect(feed.title).toBe('公报 & <订阅> "一"');
    expect(feed.self).toBe('https://gw.example.org/feeds/a.atom?x=1&y="2"');
    expect(feed.items[0]?.title).toBe('第一条]]>第二条 <b>');
  });

  it('escapeXml leaves text without markup characters as it is', () => {
    expect(escapeXml('吕梁市离石区人民政府 2023')).toBe('吕梁市离石区人民政府 2023');
    expect(escapeXml('a&b<c>d"e')).toBe('a&amp;b&lt;c&gt;d&quot;e');
  });
});
