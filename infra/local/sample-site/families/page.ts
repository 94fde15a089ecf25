import type { FixtureDocument } from './documents.ts';

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** A list page: site chrome (navigation links that are not entries), the entries, then `after` (pager, scripts). */
export function listPage(owner: string, column: string, entries: string, after = ''): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(column)}_${escapeHtml(owner)}</title></head>
<body>
  <div class="top"><a href="/index.html">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zmhd/">政民互动</a> | <a href="javascript:void(0)">无障碍</a></div>
  <div class="position">当前位置：<a href="/index.html">首页</a> &gt; ${escapeHtml(column)}</div>
  <div class="list">
${entries}
  </div>
${after}
  <div class="footer"><a href="/about.html">关于我们</a> <a href="/sitemap.html">网站地图</a></div>
</body>
</html>
`;
}

/** One list entry in the common <li><a title>…</a><span>date</span></li> form. */
export const entry = (href: string, d: FixtureDocument): string =>
  `    <li><a href="${escapeHtml(href)}" target="_blank" title="${escapeHtml(d.title)}">${escapeHtml(d.title.length > 24 ? `${d.title.slice(0, 24)}…` : d.title)}</a><span class="date">${d.published}</span></li>`;

/**
 * A document's detail page: the 信息公开 metadata box (发文字号 row only when the site prints one), the body,
 * and `extra` (attachments) below it.
 */
export function detailPage(owner: string, d: FixtureDocument, options: { source?: string; showNumber?: boolean; titleAs?: string; extra?: string } = {}): string {
  const title = options.titleAs ?? d.title;
  const numberRow = options.showNumber !== false && d.docNumber ? `<th>发文字号：</th><td>${escapeHtml(d.docNumber)}</td>` : '';
  const body = [...(options.showNumber !== false && d.docNumber ? [d.docNumber] : []), ...d.body].map((l) => `        <p>${escapeHtml(l)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="ArticleTitle" content="${escapeHtml(title)}">
  <meta name="PubDate" content="${d.published} 09:30">
  <title>${escapeHtml(title)}_${escapeHtml(owner)}</title>
</head>
<body>
  <div class="top"><a href="/index.html">首页</a> | <a href="/zwgk/">政务公开</a></div>
  <div class="main">
    <table class="xxgk-meta">
      <tr><th>发文机关：</th><td>${escapeHtml(d.issuer)}</td>${numberRow}</tr>
      <tr><th>成文日期：</th><td>${chineseDate(d.written)}</td><th>发布日期：</th><td>${chineseDate(d.published)}</td></tr>
    </table>
    <div class="article">
      <h1 class="title">${escapeHtml(title)}</h1>
      <div class="info">发布时间：${d.published} 09:30　来源：${escapeHtml(options.source ?? d.issuer)}</div>
      <div class="content" id="zoom">
${body}
      </div>
${options.extra ?? ''}
    </div>
  </div>
</body>
</html>
`;
}
