/** A government-style HTML page for one document: metadata box (信息公开目录) above the body. */
export interface DocumentPage {
  owner: string;
  column: string;
  title: string;
  indexNo: string;
  issuer: string;
  docNumber: string;
  /** 成文日期, YYYY-MM-DD. */
  written: string;
  /** 发布日期, YYYY-MM-DD. */
  published: string;
  /** Body lines as the source text has them (blank lines are dropped). */
  body: readonly string[];
  /** The charset label written into <meta charset>. */
  charset: 'utf-8' | 'gbk';
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export function renderDocumentPage(page: DocumentPage): string {
  const paragraphs = page.body
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `        <p>${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="${page.charset}">
  <meta name="ArticleTitle" content="${escapeHtml(page.title)}">
  <meta name="PubDate" content="${page.published} 09:30">
  <meta name="ColumnName" content="${escapeHtml(page.column)}">
  <title>${escapeHtml(page.title)}_${escapeHtml(page.column)}_${escapeHtml(page.owner)}</title>
  <link rel="stylesheet" href="../../css/style.css">
</head>
<body>
  <div class="header">
    <div class="topbar"><a href="../../index.html">首页</a> | <a href="../../zwgk/">政务公开</a> | <a href="../../zmhd/">政民互动</a> | <a href="../../bsfw/">办事服务</a> | <a href="javascript:void(0)">无障碍浏览</a></div>
    <div class="banner">${escapeHtml(page.owner)}</div>
  </div>
  <div class="position">当前位置：<a href="../../index.html">首页</a> &gt; <a href="../../zwgk/">政务公开</a> &gt; <a href="../../index.html">${escapeHtml(page.column)}</a></div>
  <div class="main">
    <table class="xxgk-meta">
      <tr><th>索 引 号：</th><td>${escapeHtml(page.indexNo)}</td><th>主题分类：</th><td>综合政务</td></tr>
      <tr><th>发文机关：</th><td>${escapeHtml(page.issuer)}</td><th>发文字号：</th><td>${escapeHtml(page.docNumber)}</td></tr>
      <tr><th>成文日期：</th><td>${chineseDate(page.written)}</td><th>发布日期：</th><td>${chineseDate(page.published)}</td></tr>
      <tr><th>标　　题：</th><td colspan="3">${escapeHtml(page.title)}</td></tr>
    </table>
    <div class="article">
      <h1 class="title">${escapeHtml(page.title)}</h1>
      <div class="info">发布时间：${page.published} 09:30　来源：${escapeHtml(page.issuer)}　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
      <div class="content" id="zoom">
${paragraphs}
      </div>
    </div>
    <div class="related">相关链接：<a href="http://www.gov.cn/">中国政府网</a> <a href="http://www.shanxi.gov.cn/">山西省人民政府</a> <a href="http://www.shuozhou.gov.cn/">朔州市人民政府</a></div>
  </div>
  <div class="footer">主办：${escapeHtml(page.owner)}办公室　承办：县政务信息中心<br>网站标识码：1406210001　晋公网安备 14062102000001号</div>
</body>
</html>
`;
}
