import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSiteDir } from '../catalogue.ts';
import { doc, NOTICE_BODY } from './documents.ts';
import { detailPage, entry, escapeHtml, listPage } from './page.ts';
import { bytesAt, fixtureSource, htmlAt, type FixtureFamily } from './types.ts';

/**
 * 绛县 政府公报 column where each issue is a detail page with the issue's PDF attached (P0{…}.pdf), as many
 * county sites publish it; one detail page has no attachment (the page is the document).
 */
const base = '/families/attachments/zfgb';
const owner = '绛县人民政府';
const I = '绛县人民政府';
const issue = doc(`${base}/202401/t20240115_3301.html`, '绛县人民政府公报2024年第1期', null, I, '2024-01-15', '2024-01-15', ['本期目录及全文见附件。']);
const statement = doc(`${base}/202401/t20240105_3290.html`, '绛县人民政府办公室关于政府公报改为电子版发行的通知', '绛政办函〔2024〕1号', '绛县人民政府办公室', '2024-01-04', '2024-01-05', NOTICE_BODY);
const details = [issue, statement] as const;
const pdfPath = `${base}/202401/P020240115330100001.pdf`;
/** The attached file: the committed seed PDF of 绛县人民政府公报 2024-1. */
const pdfFile = join(defaultSiteDir, 'files/jiangxian-gazette/zfgb/2024/jxzfgb-2024-01.pdf');

const attachmentBlock = `      <div class="attachments">附件：<a href="./P020240115330100001.pdf" title="${escapeHtml('绛县人民政府公报2024年第1期.pdf')}">绛县人民政府公报2024年第1期.pdf</a></div>`;

export const attachmentsFamily: FixtureFamily = {
  id: 'attachments',
  probePath: `${base}/index.html`,
  issuePaths: [pdfPath, statement.path],
  serve(url) {
    if (url.pathname === `${base}/index.html`) return htmlAt(listPage(owner, '政府公报', details.map((d) => entry(`.${d.path.slice(base.length)}`, d)).join('\n')), issue.published);
    if (url.pathname === issue.path) return htmlAt(detailPage(owner, issue, { extra: attachmentBlock }), issue.published);
    if (url.pathname === statement.path) return htmlAt(detailPage(owner, statement), statement.published);
    if (url.pathname === pdfPath) return bytesAt(readFileSync(pdfFile), 'application/pdf', issue.published);
    return null;
  },
  sources: (baseUrl) => [
    fixtureSource({
      id: 'fixture-attachments',
      name: '绛县人民政府公报',
      jurisdiction: { province: '山西省', city: '运城市', county: '绛县', divisionCode: '140826' },
      kind: 'gazette',
      discovery: { method: 'detail-attachments', list: { method: 'trs-list', indexUrl: `${baseUrl}${base}/index.html`, maxPages: 1 } },
    }),
  ],
};
