import { describe, expect, it } from 'vitest';
import { discoverFromPaginatedList } from '../../../../../shared/ingest/discovery/paginated-list.ts';
import { nextPage, scriptPager } from '../../../../../shared/ingest/discovery/pagination.ts';
import { listedLinks, printedDate, urlDate } from '../../../../../shared/ingest/discovery/list-items.ts';
import { fakeSite, html } from './fake-site.ts';

const B = 'https://www.example.gov.cn/zwgk/tzgg';

describe('pagination: the page after this one', () => {
  it('reads createPageHTML(count, current, prefix, suffix) and its six-argument form, and countPage variables', () => {
    expect(scriptPager('<script>createPageHTML(5, 0, "index", "html");</script>')).toEqual({ count: 5, prefix: 'index', suffix: 'html' });
    expect(scriptPager("<script>createPageHTML('page_div', 7, 1, 'list', 'shtml', 130);</script>")).toEqual({ count: 7, prefix: 'list', suffix: 'shtml' });
    expect(scriptPager('<script>var countPage = 3;//共多少页\nvar currentPage = 0;</script>')).toEqual({ count: 3, prefix: 'index', suffix: 'html' });
    expect(scriptPager('<script>var x = 1;</script>')).toBeNull();
  });

  it('names the next page from the pager and the current URL, and stops on the last page', () => {
    const pager = '<script>createPageHTML(3, 0, "index", "html");</script>';
    expect(nextPage(pager, `${B}/index.html`)).toBe(`${B}/index_1.html`);
    expect(nextPage(pager, `${B}/`)).toBe(`${B}/index_1.html`);
    expect(nextPage(pager, `${B}/index_1.html`)).toBe(`${B}/index_2.html`);
    expect(nextPage(pager, `${B}/index_2.html`)).toBeNull();
  });

  it('follows a 下一页 link, else a link to index_{n+1}', () => {
    expect(nextPage(html('<a href="list_2.html">下一页</a>'), `${B}/list_1.html`)).toBe(`${B}/list_2.html`);
    expect(nextPage(html('<a href="index_1.html">2</a><a href="index_2.html">3</a>'), `${B}/index.html`)).toBe(`${B}/index_1.html`);
    expect(nextPage(html('<a href="index_5.html">尾页</a>'), `${B}/index.html`)).toBeNull();
  });
});

describe('list entries', () => {
  it('takes the title attribute over the cut text, the printed date of the entry, else the URL date; each URL once', () => {
    const page = html(`<ul>
      <li><a href="./202401/t20240105_1.html" title="某市人民政府关于印发某某实施方案的通知">某市人民政府关于印发…</a><span>2024-01-06</span></li>
      <li><a href="./202401/t20240103_2.html">某市人民政府关于某事的批复</a></li>
      <li><a href="./202401/t20240105_1.html">重复</a><span>2024-01-06</span></li>
      <li><a href="javascript:void(0)">打印</a></li></ul>`);
    expect(listedLinks(page, `${B}/index.html`, /t\d{8}_\d+\.html$/)).toEqual([
      { url: `${B}/202401/t20240105_1.html`, title: '某市人民政府关于印发某某实施方案的通知', publishedAt: '2024-01-06T00:00:00+08:00' },
      { url: `${B}/202401/t20240103_2.html`, title: '某市人民政府关于某事的批复', publishedAt: '2024-01-03T00:00:00+08:00' },
    ]);
  });

  it('reads printed and URL dates in their common forms and refuses impossible days', () => {
    expect(printedDate('发布时间：2024年1月5日')).toBe('2024-01-05T00:00:00+08:00');
    expect(printedDate('[2023/12/28]')).toBe('2023-12-28T00:00:00+08:00');
    expect(printedDate('2024-02-30')).toBeNull();
    expect(urlDate('https://a.gov.cn/art/2024/1/5/art_12_34.html')).toBe('2024-01-05T00:00:00+08:00');
    expect(urlDate('https://a.gov.cn/xxgk/2024-01/09/content_1.htm')).toBe('2024-01-09T00:00:00+08:00');
    expect(urlDate('https://a.gov.cn/zwgk/123.html')).toBeNull();
  });
});

describe('discoverFromPaginatedList', () => {
  const site = () =>
    fakeSite({
      [`${B}/index.html`]: { body: html('<li><a href="a1.html">甲</a> 2024-01-05</li><li><a href="a2.html">乙</a></li><a href="index_1.html">下一页</a>'), type: 'text/html', etag: '"p0"' },
      [`${B}/index_1.html`]: html('<li><a href="a3.html">丙</a></li><li><a href="a1.html">甲</a></li><a href="index_2.html">下一页</a>'),
      [`${B}/index_2.html`]: html('<li><a href="a4.html">丁</a></li>'),
    });
  const d = (maxPages: number) => ({ indexUrl: `${B}/index.html`, linkPattern: '/a\\d\\.html$', maxPages });

  it('reads up to maxPages pages, each entry once, with the index validators', async () => {
    const s = site();
    const found = await discoverFromPaginatedList(d(2), s.ctx());
    if (found.status !== 'found') throw new Error('expected found');
    expect(found.issues.map((i) => i.url.slice(B.length + 1))).toEqual(['a1.html', 'a2.html', 'a3.html']);
    expect(found.issues[0]).toMatchObject({ title: '甲', publishedAt: '2024-01-05T00:00:00+08:00', mayBeAbsent: false });
    expect(found.validators).toEqual({ etag: '"p0"', lastModified: null });
    expect(s.requests).toEqual([`${B}/index.html`, `${B}/index_1.html`]);
    const all = await discoverFromPaginatedList(d(5), site().ctx());
    expect(all.status === 'found' && all.issues.length).toBe(4);
  });

  it('an unchanged index (304) is not modified and reads no further page', async () => {
    const s = site();
    expect(await discoverFromPaginatedList(d(3), s.ctx({ previous: { etag: '"p0"', lastModified: null } }))).toEqual({ status: 'not-modified' });
    expect(s.requests).toEqual([`${B}/index.html`]);
  });

  it('a page robots.txt disallows, or one that fails, ends the paging; what was read counts', async () => {
    const s = site();
    const found = await discoverFromPaginatedList(d(3), s.ctx({ allows: async (u) => !u.endsWith('index_1.html') }));
    expect(found.status === 'found' && found.issues.length).toBe(2);
    expect(s.requests).toEqual([`${B}/index.html`]);
    const broken = fakeSite({ [`${B}/index.html`]: html('<li><a href="a1.html">甲</a></li><a href="index_1.html">下一页</a>') });
    const partial = await discoverFromPaginatedList(d(3), broken.ctx());
    expect(partial.status === 'found' && partial.issues.map((i) => i.title)).toEqual(['甲']);
  });
});
