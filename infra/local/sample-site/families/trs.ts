import { doc, NOTICE_BODY } from './documents.ts';
import { detailPage, entry, listPage } from './page.ts';
import { fixtureSource, htmlAt, type FixtureFamily } from './types.ts';

/** 广州市 政府文件 on TRS WCM: index.html / index_1.html named by createPageHTML, details ./{yyyymm}/t{yyyymmdd}_{id}.html. */
const base = '/families/trs/zfwj';
const owner = '广州市人民政府';
const I = '广州市人民政府';
const pages = [
  [
    doc(`${base}/202401/t20240110_9001.html`, '广州市人民政府关于印发广州市推动新型工业化发展若干措施的通知', '穗府〔2024〕2号', I, '2024-01-08', '2024-01-10', NOTICE_BODY),
    doc(`${base}/202401/t20240103_8995.html`, '广州市人民政府关于公布广州市第八批市级非物质文化遗产代表性项目名录的通知', '穗府〔2024〕1号', I, '2023-12-29', '2024-01-03', NOTICE_BODY),
  ],
  [doc(`${base}/202312/t20231225_8990.html`, '广州市人民政府关于调整广州市最低工资标准的通知', '穗府〔2023〕15号', I, '2023-12-20', '2023-12-25', NOTICE_BODY)],
] as const;
const all: readonly (typeof pages)[number][number][] = pages.flat();

const script = (current: number): string =>
  `  <div id="page_div"></div>\n  <script type="text/javascript">\n    var currentPage = ${current};\n    createPageHTML(${pages.length}, ${current}, "index", "html");\n  </script>`;

export const trsFamily: FixtureFamily = {
  id: 'trs',
  probePath: `${base}/index.html`,
  issuePaths: all.map((d) => d.path),
  serve(url) {
    const page = url.pathname === `${base}/index.html` || url.pathname === `${base}/` ? 0 : url.pathname === `${base}/index_1.html` ? 1 : -1;
    const list = page < 0 ? undefined : pages[page as 0 | 1];
    if (list) return htmlAt(listPage(owner, '政府文件', list.map((d) => entry(`.${d.path.slice(base.length)}`, d)).join('\n'), script(page)), list[0].published);
    const d = all.find((x) => x.path === url.pathname);
    return d ? htmlAt(detailPage(owner, d), d.published) : null;
  },
  sources: (baseUrl) => [
    fixtureSource({
      id: 'fixture-trs',
      name: '广州市人民政府 政府文件',
      jurisdiction: { province: '广东省', city: '广州市', divisionCode: '440100' },
      kind: 'document-list',
      discovery: { method: 'trs-list', indexUrl: `${baseUrl}${base}/index.html`, maxPages: 3 },
    }),
  ],
};
