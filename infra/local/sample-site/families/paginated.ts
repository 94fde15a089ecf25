import { doc, NOTICE_BODY } from './documents.ts';
import { detailPage, entry, listPage } from './page.ts';
import { fixtureSource, htmlAt, type FixtureFamily } from './types.ts';

/** 石家庄市 通知公告: index.html → index_1.html by a 下一页 link, detail pages /tzgg/{yyyymm}/{id}.html. */
const base = '/families/paginated/tzgg';
const owner = '石家庄市人民政府';
const I = '石家庄市人民政府';
const O = '石家庄市人民政府办公室';
const pages = [
  [
    doc(`${base}/202401/1108.html`, '石家庄市人民政府办公室关于印发石家庄市城市更新行动实施方案的通知', '石政办发〔2024〕3号', O, '2024-01-08', '2024-01-09', NOTICE_BODY),
    doc(`${base}/202401/1105.html`, '石家庄市人民政府关于调整部分市级行政许可事项的决定', '石政发〔2024〕1号', I, '2024-01-05', '2024-01-06', NOTICE_BODY),
  ],
  [
    doc(`${base}/202312/1228.html`, '石家庄市人民政府办公室关于做好2024年元旦春节期间安全生产工作的通知', '石政办函〔2023〕41号', O, '2023-12-28', '2023-12-29', NOTICE_BODY),
    doc(`${base}/202312/1220.html`, '石家庄市人民政府关于公布市级权责清单调整事项的通知', '石政发〔2023〕18号', I, '2023-12-20', '2023-12-21', NOTICE_BODY),
  ],
] as const;
const all = pages.flat();

const pager = (n: number): string =>
  `  <div class="pager">${n > 0 ? `<a href="index${n === 1 ? '' : `_${n - 1}`}.html">上一页</a>` : ''} 第${n + 1}页/共${pages.length}页 ${n + 1 < pages.length ? `<a href="index_${n + 1}.html">下一页</a>` : ''}</div>`;

export const paginatedFamily: FixtureFamily = {
  id: 'paginated',
  probePath: `${base}/index.html`,
  issuePaths: all.map((d) => d.path),
  serve(url) {
    const page = url.pathname === `${base}/index.html` ? 0 : url.pathname === `${base}/index_1.html` ? 1 : -1;
    const list = page < 0 ? undefined : pages[page as 0 | 1];
    if (list) return htmlAt(listPage(owner, '通知公告', list.map((d) => entry(`./${d.path.slice(base.length + 1)}`, d)).join('\n'), pager(page)), list[0].published);
    const d = all.find((x) => x.path === url.pathname);
    return d ? htmlAt(detailPage(owner, d), d.published) : null;
  },
  sources: (baseUrl) => [
    fixtureSource({
      id: 'fixture-paginated',
      name: '石家庄市人民政府 通知公告',
      jurisdiction: { province: '河北省', city: '石家庄市', divisionCode: '130100' },
      kind: 'document-list',
      discovery: { method: 'paginated-list', indexUrl: `${baseUrl}${base}/index.html`, linkPattern: '/tzgg/\\d{6}/\\d+\\.html$', maxPages: 3 },
    }),
  ],
};
