import { describe, expect, it } from 'vitest';
import { discoverLinks } from '../../../shared/ingest/discover-links.ts';

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
