import { doc, LAND_NOTICE_BODY } from './documents.ts';
import { detailPage, entry, listPage } from './page.ts';
import { fixtureSource, htmlAt, type FixtureFamily } from './types.ts';

/**
 * One land notice on two sites: 中牟县人民政府's 政府文件 column prints it with its 文号; 中牟县自然资源局's
 * 征地信息公开 column reposts it a day later without the 文号, its title spaced differently.
 */
const gov = '/families/repost/gov/zfwj';
const zrzyj = '/families/repost/zrzyj/zdxxgk';
const notice = doc(`${gov}/202401/t20240110_701.html`, '中牟县人民政府关于征收土地的预公告', '中政土预〔2024〕2号', '中牟县人民政府', '2024-01-10', '2024-01-10', LAND_NOTICE_BODY);
const repost = { ...notice, path: `${zrzyj}/202401/t20240111_88.html`, published: '2024-01-11' };
const repostTitle = '中牟县人民政府关于征收土地的 预公告';

export const repostFamily: FixtureFamily = {
  id: 'repost',
  probePath: `${gov}/index.html`,
  issuePaths: [notice.path, repost.path],
  serve(url) {
    if (url.pathname === `${gov}/index.html`) return htmlAt(listPage('中牟县人民政府', '政府文件', entry(`.${notice.path.slice(gov.length)}`, notice)), notice.published);
    if (url.pathname === notice.path) return htmlAt(detailPage('中牟县人民政府', notice), notice.published);
    if (url.pathname === `${zrzyj}/index.html`) return htmlAt(listPage('中牟县自然资源局', '征地信息公开', entry(`.${repost.path.slice(zrzyj.length)}`, { ...repost, title: repostTitle })), repost.published);
    if (url.pathname === repost.path) return htmlAt(detailPage('中牟县自然资源局', repost, { showNumber: false, titleAs: repostTitle, source: '中牟县自然资源局' }), repost.published);
    return null;
  },
  sources: (baseUrl) => [
    fixtureSource({
      id: 'fixture-zhongmu-gov',
      name: '中牟县人民政府 政府文件',
      jurisdiction: { province: '河南省', city: '郑州市', county: '中牟县', divisionCode: '410122' },
      kind: 'document-list',
      discovery: { method: 'trs-list', indexUrl: `${baseUrl}${gov}/index.html`, maxPages: 1 },
    }),
    fixtureSource({
      id: 'fixture-zhongmu-zrzyj',
      name: '中牟县自然资源局 征地信息公开',
      jurisdiction: { province: '河南省', city: '郑州市', county: '中牟县', divisionCode: '410122' },
      kind: 'document-list',
      discovery: { method: 'html-index', indexUrl: `${baseUrl}${zrzyj}/index.html`, linkPattern: '/t\\d{8}_\\d+\\.html$' },
    }),
  ],
};
