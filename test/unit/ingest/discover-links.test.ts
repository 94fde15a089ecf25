import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LINKS_PER_PAGE, discoverLinks } from '../../../shared/ingest/discover-links.ts';

const page = `
<html><body>
<nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="javascript:void(0)">打印</a></nav>
<ul>
  <li><a href="2023/gb-2023-2.pdf" title="x">吕梁市离石区人民政府公报<b>2023年第2期</b></a></li>
  <li><a href='2023/gb-2023-1.pdf#page=2'>2023年第1期</a></li>
  <li><a href=2023/gb-2023-2.pdf>2023年第2期（重复）</a></li>
  <li><a href="https://other.example.com/a.pdf">外站</a></li>
  <li><a href="/files/a&amp;b.pdf">&#21271;京</a></li>
</ul></body></html>`;

describe('discoverLinks', () => {
  it('resolves, filters by the source pattern and lists each issue once, in page order', () => {
    const links = discoverLinks(page, 'http://gov.example.cn/zfgb/index.html', '^http://gov\\.example\\.cn/.*\\.pdf$');
    expect(links).toEqual([
      { url: 'http://gov.example.cn/zfgb/2023/gb-2023-2.pdf', text: '吕梁市离石区人民政府公报2023年第2期' },
      { url: 'http://gov.example.cn/zfgb/2023/gb-2023-1.pdf', text: '2023年第1期' },
      { url: 'http://gov.example.cn/files/a&b.pdf', text: '北京' },
    ]);
  });

  it('finds nothing when nothing matches', () => {
    expect(discoverLinks('<a href="/x.html">x</a>', 'http://a.cn/', '\\.pdf$')).toEqual([]);
  });
});

describe('discoverLinks on large and broken index pages', () => {
  const base = 'http://gov.example.cn/zfgb/index.html';

  it('keeps at most maxLinks (default 2,000) matching links, in page order', () => {
    const page = Array.from({ length: 30_000 }, (_, i) => `<li><a href="/zfgb/${i}.html">第${i}期</a></li>`).join('\n');
    const links = discoverLinks(page, base, '/zfgb/\\d+\\.html$');
    expect(links).toHaveLength(DEFAULT_MAX_LINKS_PER_PAGE);
    expect(links[0]).toEqual({ url: 'http://gov.example.cn/zfgb/0.html', text: '第0期' });
    expect(links.at(-1)?.url).toBe(`http://gov.example.cn/zfgb/${DEFAULT_MAX_LINKS_PER_PAGE - 1}.html`);
    expect(discoverLinks(page, base, '/zfgb/\\d+\\.html$', { maxLinks: 3 }).map((l) => l.text)).toEqual(['第0期', '第1期', '第2期']);
  });

  it('reads links in unclosed, malformed markup and fragments', () => {
    const page = '<div><table><tr><td><a href=/a.pdf>甲<td><a href="/b.pdf" <b>乙</b><a href=\'/c.pdf\'>丙 &amp; 丁';
    expect(discoverLinks(page, base, '\\.pdf$')).toEqual([
      { url: 'http://gov.example.cn/a.pdf', text: '甲' },
      { url: 'http://gov.example.cn/b.pdf', text: '乙' },
      { url: 'http://gov.example.cn/c.pdf', text: '丙 & 丁' },
    ]);
  });

  it('reads 1 MB of unclosed link markup to the end', () => {
    const unit = '<div><a href="/x/1.html">x';
    const page = `${unit.repeat(Math.ceil((1024 * 1024) / unit.length))}<a href="/last.pdf">末尾</a>`;
    expect(discoverLinks(page, base, '\\.pdf$')).toEqual([{ url: 'http://gov.example.cn/last.pdf', text: '末尾' }]);
  });
});
