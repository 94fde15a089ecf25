import { doc, NOTICE_BODY } from './documents.ts';
import { detailPage, escapeHtml, listPage } from './page.ts';
import { fixtureSource, htmlAt, type FixtureFamily } from './types.ts';

/**
 * 杭州市余杭区 政府文件 on Hanweb: /col/col1229001/index.html with its newest records as XML in a script (jpage),
 * older ones from the column's data proxy (dataproxy.jsp?startrecord=…&endrecord=…&perpage=…).
 */
const col = '/families/hanweb/col/col1229001/index.html';
const owner = '杭州市余杭区人民政府';
const I = '杭州市余杭区人民政府';
const records = [
  doc('/families/hanweb/art/2024/1/12/art_1229001_5901.html', '杭州市余杭区人民政府关于划定余杭区高污染燃料禁燃区的通告', '余政发〔2024〕3号', I, '2024-01-11', '2024-01-12', NOTICE_BODY),
  doc('/families/hanweb/art/2024/1/5/art_1229001_5880.html', '杭州市余杭区人民政府关于印发余杭区2024年民生实事项目的通知', '余政发〔2024〕1号', I, '2024-01-04', '2024-01-05', NOTICE_BODY),
  doc('/families/hanweb/art/2023/12/28/art_1229001_5861.html', '杭州市余杭区人民政府办公室关于做好冬春季森林防火工作的通知', '余政办发〔2023〕52号', '杭州市余杭区人民政府办公室', '2023-12-27', '2023-12-28', NOTICE_BODY),
] as const;
/** Older records, served only by the jpage data proxy (the page embeds the newest group of three). */
const older = [
  doc('/families/hanweb/art/2023/12/20/art_1229001_5840.html', '杭州市余杭区人民政府关于公布余杭区第二批区级历史建筑名单的通知', '余政发〔2023〕61号', I, '2023-12-19', '2023-12-20', NOTICE_BODY),
  doc('/families/hanweb/art/2023/12/11/art_1229001_5822.html', '杭州市余杭区人民政府关于调整余杭区征地区片综合地价的通知', '余政发〔2023〕58号', I, '2023-12-08', '2023-12-11', NOTICE_BODY),
] as const;
const all = [...records, ...older];
const proxyPath = '/families/hanweb/module/web/jpage/dataproxy.jsp';

const record = (d: (typeof all)[number]): string =>
  `<record><![CDATA[<li><a href="${d.path}" title="${escapeHtml(d.title)}" target="_blank">${escapeHtml(d.title)}</a><b>${d.published}</b></li>]]></record>`;

const datastore = `  <div id="4180851">
  <script type="text/xml"><datastore><nextgroup><![CDATA[<a href="${proxyPath}?page=1&appid=1&webid=2&path=/&columnid=1229001&unitid=4180851&webname=余杭区&permissiontype=0"></a>]]></nextgroup><recordset>
${records.map(record).join('\n')}
</recordset></datastore></script>
  <script language="javascript" src="/module/web/jpage/jpage.js"></script>
  <script>$('#4180851').jpage({ dataStore: null, perPage: 15, totalRecord: ${all.length}, proxyUrl: '${proxyPath}', groupSize: 1 });</script>
  </div>`;

export const hanwebFamily: FixtureFamily = {
  id: 'hanweb',
  probePath: col,
  issuePaths: all.map((d) => d.path),
  serve(url) {
    if (url.pathname === proxyPath) {
      // The data proxy answers records startrecord…endrecord (1-based) of the column as a bare datastore.
      const start = Number(url.searchParams.get('startrecord') ?? '1');
      const end = Number(url.searchParams.get('endrecord') ?? String(all.length));
      const slice = all.slice(Math.max(0, start - 1), Math.max(0, end));
      const xml = `<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>${all.length}</totalrecord><recordset>${slice.map(record).join('')}</recordset></datastore>`;
      return { ...htmlAt(xml, records[0].published), contentType: 'text/xml; charset=UTF-8' };
    }
    // The list itself is only in the script: the page's <ul> is empty until jpage.js renders it.
    if (url.pathname === col) return htmlAt(listPage(owner, '政府文件', '    <ul id="list"></ul>', datastore), records[0].published);
    const d = all.find((x) => x.path === url.pathname);
    return d ? htmlAt(detailPage(owner, d), d.published) : null;
  },
  sources: (baseUrl) => [
    fixtureSource({
      id: 'fixture-hanweb',
      name: '杭州市余杭区人民政府 政府文件',
      jurisdiction: { province: '浙江省', city: '杭州市', county: '余杭区', divisionCode: '330110' },
      kind: 'document-list',
      discovery: { method: 'hanweb-jpage', indexUrl: `${baseUrl}${col}`, maxPages: 3 },
    }),
  ],
};
