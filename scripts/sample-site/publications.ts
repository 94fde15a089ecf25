import type { SiteSource } from '../../infra/local/sample-site/catalogue.ts';

/** A publication laid out as one PDF from one seed. */
export interface PdfPublication {
  path: string;
  title: string;
  published: string;
  seed: string;
  runningHeader: string;
  footer?: (page: number) => string;
}

/** What the generator knows of a source before its entries exist. */
export type SourceShell = Omit<SiteSource, 'entries'>;

export const lishi: SourceShell = {
  id: 'lishi-gazette',
  name: '吕梁市离石区人民政府公报',
  jurisdiction: { province: '山西省', city: '吕梁市', county: '离石区', divisionCode: '141102' },
  kind: 'gazette',
  linkPattern: String.raw`/upload/\d{4}/lsgb-\d{4}-\d{2}\.pdf$`,
  linkStyle: 'relative',
  owner: '吕梁市离石区人民政府',
  column: '政府公报',
};

export const jiangxian: SourceShell = {
  id: 'jiangxian-gazette',
  name: '绛县人民政府公报',
  jurisdiction: { province: '山西省', city: '运城市', county: '绛县', divisionCode: '140826' },
  kind: 'gazette',
  linkPattern: String.raw`/zfgb/\d{4}/jxzfgb-\d{4}-\d{2}\.pdf$`,
  linkStyle: 'root',
  owner: '绛县人民政府',
  column: '政府公报',
};

export const shanyin: SourceShell = {
  id: 'shanyin-docs',
  name: '山阴县人民政府 文件',
  jurisdiction: { province: '山西省', city: '朔州市', county: '山阴县', divisionCode: '140621' },
  kind: 'document-list',
  linkPattern: String.raw`/zfwj/\d{6}/t\d{8}_\d+\.html$`,
  linkStyle: 'relative',
  owner: '山阴县人民政府',
  column: '县政府文件',
};

export const shanxiDaily: SourceShell = {
  id: 'shanxi-daily',
  name: '山西日报',
  jurisdiction: { province: '山西省', divisionCode: '140000' },
  kind: 'newspaper',
  linkPattern: String.raw`/pdf/\d{8}/sxrb\d{8}-\d{2}\.pdf$`,
  linkStyle: 'absolute',
  owner: '山西日报',
  column: '数字报 版面导航',
};

export const taiyuanDaily: SourceShell = {
  id: 'taiyuan-daily',
  name: '太原日报',
  jurisdiction: { province: '山西省', city: '太原市', divisionCode: '140100' },
  kind: 'newspaper',
  linkPattern: String.raw`/tyrb/\d{6}/\d{2}/tyrb-\d{8}-\d{2}\.pdf$`,
  linkStyle: 'root',
  owner: '太原日报',
  column: '电子版 版面导航',
};

export const pdfPublications: ReadonlyArray<readonly [SourceShell, PdfPublication]> = [
  [
    lishi,
    {
      path: '/lishi-gazette/upload/2023/lsgb-2023-02.pdf',
      title: '吕梁市离石区人民政府公报2023年第2期',
      published: '2023-06-30',
      seed: '002_f0a4a187131c9a4a.txt',
      runningHeader: '吕梁市离石区人民政府公报　2023年第2期',
    },
  ],
  [
    jiangxian,
    {
      path: '/jiangxian-gazette/zfgb/2024/jxzfgb-2024-01.pdf',
      title: '绛县人民政府公报2024年第1期',
      published: '2024-05-06',
      seed: '001_55abe29401c58ba5.txt',
      runningHeader: '绛县人民政府公报　2024年第1期（总第1期）',
    },
  ],
  [
    shanxiDaily,
    {
      path: '/shanxi-daily/pdf/20240104/sxrb20240104-02.pdf',
      title: '山西日报 2024年01月04日 第02版：要闻',
      published: '2024-01-04',
      seed: '000_9baf46a1570faede.txt',
      runningHeader: '山西日报　2024年1月4日　星期四　第2版　要闻',
      footer: (page) => `山西日报 · 第2版 · ${page}`,
    },
  ],
  [
    taiyuanDaily,
    {
      path: '/taiyuan-daily/tyrb/202309/23/tyrb-20230923-04.pdf',
      title: '太原日报 2023年09月23日 第04版：公告',
      published: '2023-09-23',
      seed: '003_c42a2dc98e3e15dd.txt',
      runningHeader: '太原日报　2023年9月23日　星期六　第4版　公告',
      footer: (page) => `太原日报 · 第4版 · ${page}`,
    },
  ],
];

export const nextIssue: PdfPublication = {
  path: '/lishi-gazette/upload/2023/lsgb-2023-03.pdf',
  title: '吕梁市离石区人民政府公报2023年第3期',
  published: '2023-09-30',
  seed: '002_f0a4a187131c9a4a.txt',
  runningHeader: '吕梁市离石区人民政府公报　2023年第3期',
};
