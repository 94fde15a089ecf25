import type { SiteEntry, SiteSource } from './catalogue.ts';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The href an index page writes for an entry, in the source's link style. */
export function hrefOf(source: SiteSource, entry: SiteEntry, baseUrl: string): string {
  switch (source.linkStyle) {
    case 'relative':
      return `./${entry.path.slice(`/${source.id}/`.length)}`;
    case 'root':
      return entry.path;
    case 'absolute':
      return `${baseUrl}${entry.path}`;
  }
}

function listItem(source: SiteSource, entry: SiteEntry, baseUrl: string): string {
  const title = escapeHtml(entry.title);
  return `      <li><a href="${escapeHtml(hrefOf(source, entry, baseUrl))}" target="_blank" title="${title}">${title}</a><span class="date">${entry.published}</span></li>`;
}

/** Links every page of the site carries and that are not issues: navigation, other columns, pager. */
function noiseLinks(source: SiteSource): { top: string; side: string; pager: string } {
  const home = `/${source.id}/index.html`;
  const top = [
    `<a href="${home}">首页</a>`,
    `<a href="/${source.id}/zwgk/">政务公开</a>`,
    `<a href="/${source.id}/zmhd/">政民互动</a>`,
    `<a href="/${source.id}/bsfw/">办事服务</a>`,
    `<a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a>`,
  ].join(' | ');
  const side =
    source.kind === 'newspaper'
      ? [
          `<a href="/${source.id}/html/latest/node_1.htm">上一期</a>`,
          `<a href="/${source.id}/html/latest/node_3.htm">下一期</a>`,
          `<a href="/${source.id}/html/latest/content_1.htm">本版文章</a>`,
          `<a href="/${source.id}/history.html">往期回顾</a>`,
        ].join('\n      ')
      : source.kind === 'gazette'
        ? [
            `<a href="./files/gbzdsm.pdf">公报赠阅说明（PDF）</a>`,
            `<a href="/${source.id}/zwgk/zcjd/">政策解读</a>`,
            `<a href="/${source.id}/zwgk/xxgkzn/">政府信息公开指南</a>`,
          ].join('\n      ')
        : [
            `<a href="./zcjd/202308/t20230830_2001.html">政策解读</a>`,
            `<a href="./zfwj/bmwj/">部门文件</a>`,
            `<a href="/${source.id}/zwgk/xxgkzn/">政府信息公开指南</a>`,
          ].join('\n      ');
  const pager = `共1页 <a href="${home}">首页</a> <a href="./index_1.html">下一页</a> <a href="./index_1.html">尾页</a>`;
  return { top, side, pager };
}

/** A government-site column page listing the source's issues, newest first. UTF-8. */
export function renderIndexPage(source: SiteSource, entries: readonly SiteEntry[], baseUrl: string): string {
  const noise = noiseLinks(source);
  const heading = source.kind === 'newspaper' ? `${source.name} ${source.column}` : source.column;
  const items = entries.map((e) => listItem(source, e, baseUrl)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="ColumnName" content="${escapeHtml(source.column)}">
  <title>${escapeHtml(heading)}_${escapeHtml(source.owner)}</title>
  <link rel="stylesheet" href="/${source.id}/css/style.css">
  <script src="/${source.id}/js/common.js"></script>
</head>
<body>
  <div class="header">
    <div class="topbar">${noise.top}</div>
    <div class="banner">${escapeHtml(source.owner)}</div>
  </div>
  <div class="position">当前位置：<a href="/${source.id}/index.html">首页</a> &gt; ${escapeHtml(heading)}</div>
  <div class="main">
    <div class="side">
      ${noise.side}
    </div>
    <div class="list">
      <h2>${escapeHtml(heading)}</h2>
      <ul>
${items}
      </ul>
      <div class="pager">${noise.pager}</div>
    </div>
  </div>
  <div class="footer">
    <a href="http://www.gov.cn/">中国政府网</a> | <a href="http://www.shanxi.gov.cn/">山西省人民政府</a> | <a href="/${source.id}/sitemap.html">网站地图</a> | <a href="/${source.id}/lxwm.html">联系我们</a><br>
    主办：${escapeHtml(source.owner)}　晋ICP备00000000号
  </div>
</body>
</html>
`;
}
