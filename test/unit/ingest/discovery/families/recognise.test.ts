import { describe, expect, it } from 'vitest';
import { guessLinkPattern, recognise } from '../../../../../shared/ingest/discovery/recognise.ts';
import { html } from './fake-site.ts';

const U = 'https://www.example.gov.cn/zwgk/list/index.html';

describe('recognising a list page family (gw sources probe)', () => {
  it('a JSON body: the array of items, its title/url/date fields and the page parameter', () => {
    const body = JSON.stringify({ code: 0, result: { total: 9, records: [{ id: 1, docTitle: '甲', docUrl: '/a.html', PUBDATE: '2024-01-05' }] } });
    const r = recognise(body, 'https://zwgk.example.gov.cn/api/search?curPage=1&size=20', 'application/json');
    expect(r?.family).toBe('json-list');
    expect(r?.discovery).toMatchObject({ itemsPath: 'result.records', titleField: 'docTitle', urlField: 'docUrl', dateField: 'PUBDATE', pageParam: 'curPage', firstPage: 1 });
    expect(recognise('{"data":{"count":3}}', U, 'application/json')).toBeNull();
  });

  it('a Hanweb datastore, a TRS column, a paginated list and a plain index, in that order of precedence', () => {
    const hanweb = html('<script type="text/xml"><datastore><recordset><record><![CDATA[<li><a href="/art/2024/1/5/art_1_2.html">甲</a></li>]]></record></recordset></datastore></script>');
    expect(recognise(hanweb, U, 'text/html')?.discovery).toMatchObject({ method: 'hanweb-jpage' });
    const trs = html('<li><a href="./202401/t20240105_1.html">甲</a></li><script>createPageHTML(4, 0, "index", "html");</script>');
    expect(recognise(trs, U, 'text/html')?.discovery).toMatchObject({ method: 'trs-list', maxPages: 2 });
    const paged = html('<li><a href="/zwgk/list/1001.html">甲</a></li><li><a href="/zwgk/list/1002.html">乙</a></li><a href="index_1.html">下一页</a>');
    expect(recognise(paged, U, 'text/html')?.discovery).toMatchObject({ method: 'paginated-list', linkPattern: '\\/zwgk\\/list\\/\\d+\\.html$' });
    const plain = html('<a href="/files/gb-2024-1.pdf">2024年第1期</a><a href="/files/gb-2023-12.pdf">2023年第12期</a>');
    expect(recognise(plain, U, 'text/html')?.discovery).toEqual({ method: 'html-index', indexUrl: U, linkPattern: '\\.pdf$' });
    expect(recognise(html('<p>欢迎</p><a href="/about.html">关于</a>'), U, 'text/html')).toBeNull();
  });

  it('the guessed pattern is the most common same-site shape, ignoring pager and other sites', () => {
    const page = html(`<a href="/xxgk/2024/11.html">甲</a><a href="/xxgk/2024/12.html">乙</a><a href="/xxgk/2023/9.html">丙</a>
      <a href="index_1.html">2</a><a href="https://other.example.com/xxgk/2024/1.html">外站</a><a href="/about.html">关于</a>`);
    const pattern = guessLinkPattern(page, U);
    expect(pattern).toBe('\\/xxgk\\/\\d+\\/\\d+\\.html$');
    expect(new RegExp(pattern ?? '').test('https://www.example.gov.cn/xxgk/2025/1.html')).toBe(true);
  });
});
