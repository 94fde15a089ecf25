import { describe, expect, it } from 'vitest';
import { discoverFromHanwebJpage, hanwebRecords, jpageProxy } from '../../../../../shared/ingest/discovery/hanweb-jpage.ts';
import { discoverFromTrsList } from '../../../../../shared/ingest/discovery/trs-list.ts';
import { HANWEB_DETAIL_PATTERN, TRS_DETAIL_PATTERN } from '../../../../../shared/model/discovery-families.ts';
import { fakeSite, html } from './fake-site.ts';

describe('TRS WCM lists', () => {
  const B = 'https://www.example.gov.cn/zwgk/zfwj';
  const page = (links: string, current: number) => html(`<ul>${links}</ul><script>createPageHTML(2, ${current}, "index", "html");</script>`);

  it('follows createPageHTML pages and dates each entry by the t{yyyymmdd} of its URL rather than a printed update day', async () => {
    const s = fakeSite({
      [`${B}/index.html`]: page('<li><a href="./202401/t20240105_11.html" title="甲通知">甲…</a><span>2024-01-09</span></li><li><a href="../../other/zt.html">专题</a></li>', 0),
      [`${B}/index_1.html`]: page('<li><a href="./202312/t20231220_7.shtml">乙决定</a></li>', 1),
    });
    const found = await discoverFromTrsList({ indexUrl: `${B}/index.html`, linkPattern: TRS_DETAIL_PATTERN, maxPages: 5 }, s.ctx());
    expect(found.status === 'found' && found.issues.map((i) => [i.url.slice(B.length), i.title, i.publishedAt])).toEqual([
      ['/202401/t20240105_11.html', '甲通知', '2024-01-05T00:00:00+08:00'],
      ['/202312/t20231220_7.shtml', '乙决定', '2023-12-20T00:00:00+08:00'],
    ]);
    expect(s.requests).toEqual([`${B}/index.html`, `${B}/index_1.html`]);
  });
});

describe('Hanweb jpage lists', () => {
  const col = 'https://www.example.gov.cn/col/col1229/index.html';
  const store = (records: string) =>
    html(`<div id="1"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&columnid=1229"></a>]]></nextgroup><recordset>${records}</recordset></datastore></script></div>`);

  it('reads the record CDATA of the datastore script, in order, with titles and dates', async () => {
    const body = store(
      '<record><![CDATA[<li><a href="/art/2024/1/8/art_1229_5.html" title="关于甲的通知">关于甲…</a><span>2024-01-08</span></li>]]></record>' +
        '<record><![CDATA[<li><a href="/art/2024/1/2/art_1229_4.html">关于乙的决定</a></li>]]></record>' +
        '<record><![CDATA[<li><a href="/col/col1300/index.html">其他栏目</a></li>]]></record>',
    );
    expect(hanwebRecords(body)).toHaveLength(3);
    const s = fakeSite({ [col]: body });
    const found = await discoverFromHanwebJpage({ indexUrl: col, linkPattern: HANWEB_DETAIL_PATTERN, maxPages: 1 }, s.ctx());
    expect(found.status === 'found' && found.issues.map((i) => [i.url, i.title, i.publishedAt])).toEqual([
      ['https://www.example.gov.cn/art/2024/1/8/art_1229_5.html', '关于甲的通知', '2024-01-08T00:00:00+08:00'],
      ['https://www.example.gov.cn/art/2024/1/2/art_1229_4.html', '关于乙的决定', '2024-01-02T00:00:00+08:00'],
    ]);
  });

  it('later groups come from the data proxy named by nextgroup, until totalRecord, within maxPages', async () => {
    const proxy = 'https://www.example.gov.cn/module/web/jpage/dataproxy.jsp?columnid=1229&unitid=77';
    const rec = (n: number) => `<record><![CDATA[<li><a href="/art/2024/1/${n}/art_1229_${n}.html">第${n}条</a></li>]]></record>`;
    const page = html(
      `<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?columnid=1229&unitid=77"></a>]]></nextgroup><recordset>${rec(1)}${rec(2)}</recordset></datastore></script>` +
        `<script>$('#77').jpage({ perPage: 20, totalRecord: 5 });</script>`,
    );
    expect(jpageProxy(page, col)).toEqual({ url: proxy, totalRecord: 5, perPage: 20 });
    const store = (ns: number[]) => ({ body: `<datastore><recordset>${ns.map(rec).join('')}</recordset></datastore>`, type: 'text/xml' });
    const s = fakeSite({
      [col]: page,
      [`${proxy}&startrecord=3&endrecord=4&perpage=20`]: store([3, 4]),
      [`${proxy}&startrecord=5&endrecord=5&perpage=20`]: store([5]),
    });
    const found = await discoverFromHanwebJpage({ indexUrl: col, linkPattern: HANWEB_DETAIL_PATTERN, maxPages: 5 }, s.ctx());
    expect(found.status === 'found' && found.issues.map((i) => i.title)).toEqual(['第1条', '第2条', '第3条', '第4条', '第5条']);
    expect(s.requests).toHaveLength(3);
    const one = fakeSite({ [col]: page });
    const first = await discoverFromHanwebJpage({ indexUrl: col, linkPattern: HANWEB_DETAIL_PATTERN, maxPages: 1 }, one.ctx());
    expect(first.status === 'found' && first.issues).toHaveLength(2);
    expect(one.requests).toEqual([col]);
  });

  it('links outside the datastore (navigation, the rendered list) are not entries; a page without one has none', async () => {
    const body = html('<ul><li><a href="/art/2024/1/8/art_1229_5.html">页面导航里的文章</a></li></ul>');
    expect(hanwebRecords(body)).toEqual([]);
    const found = await discoverFromHanwebJpage({ indexUrl: col, linkPattern: HANWEB_DETAIL_PATTERN, maxPages: 1 }, fakeSite({ [col]: body }).ctx());
    expect(found).toEqual({ status: 'found', issues: [], validators: { etag: null, lastModified: null } });
  });
});
