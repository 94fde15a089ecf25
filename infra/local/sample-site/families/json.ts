import { doc, NOTICE_BODY } from './documents.ts';
import { detailPage } from './page.ts';
import { fixtureSource, htmlAt, jsonAt, type FixtureFamily } from './types.ts';

/**
 * 南京市江宁区 政务公开 platform: a JSON list endpoint /families/json/api/list?pageNo=n&pageSize=2 answering
 * { code, data: { total, list: [{ title, url, publishDate }] } }, document pages under /zfxxgk/.
 */
const api = '/families/json/api/list';
const owner = '南京市江宁区人民政府';
const I = '南京市江宁区人民政府';
const items = [
  doc('/families/json/zfxxgk/2024/01/doc-3103.html', '南京市江宁区人民政府关于印发江宁区优化营商环境三年行动方案的通知', '江宁政发〔2024〕4号', I, '2024-01-15', '2024-01-16', NOTICE_BODY),
  doc('/families/json/zfxxgk/2024/01/doc-3101.html', '南京市江宁区人民政府关于调整区级议事协调机构的通知', '江宁政发〔2024〕2号', I, '2024-01-08', '2024-01-09', NOTICE_BODY),
  doc('/families/json/zfxxgk/2023/12/doc-3090.html', '南京市江宁区人民政府关于公布2023年区级行政规范性文件清理结果的决定', '江宁政发〔2023〕88号', I, '2023-12-25', '2023-12-26', NOTICE_BODY),
] as const;
const PAGE_SIZE = 2;

export const jsonFamily: FixtureFamily = {
  id: 'json',
  probePath: `${api}?pageNo=1&pageSize=${PAGE_SIZE}`,
  issuePaths: items.map((d) => d.path),
  serve(url) {
    if (url.pathname === api) {
      const page = Math.max(1, Number(url.searchParams.get('pageNo') ?? '1') || 1);
      const list = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((d) => ({ id: d.path.replace(/\D/g, ''), title: d.title, url: d.path, publishDate: `${d.published} 09:30:00`, docNo: d.docNumber }));
      return jsonAt({ code: 200, msg: 'success', data: { total: items.length, pageNo: page, pageSize: PAGE_SIZE, list } }, items[0].published);
    }
    const d = items.find((x) => x.path === url.pathname);
    return d ? htmlAt(detailPage(owner, d), d.published) : null;
  },
  sources: (baseUrl) => [
    fixtureSource({
      id: 'fixture-json',
      name: '南京市江宁区人民政府 政府信息公开',
      jurisdiction: { province: '江苏省', city: '南京市', county: '江宁区', divisionCode: '320115' },
      kind: 'document-list',
      discovery: { method: 'json-list', listUrl: `${baseUrl}${api}?pageNo=1&pageSize=${PAGE_SIZE}`, itemsPath: 'data.list', dateField: 'publishDate', pageParam: 'pageNo', maxPages: 3 },
    }),
  ],
};
