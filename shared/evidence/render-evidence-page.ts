/** The evidence page of one document: where and when it was captured, its hash and how to check it, its facts with page and line. */
import { dateZh, h, landPage } from '../projects/page-shell.ts';
import type { EvidenceCopy, EvidenceView } from './evidence-view.ts';

const categoryZh: Record<string, string> = { land: '土地征收与补偿', appointment: '人事任免', regulation: '新法规', other: '其他' };

function copyBlock(c: EvidenceCopy, page: number | null): string {
  const rows: [string, string][] = [
    ['发布网址', `<a href="${h(c.url)}" rel="noreferrer">${h(c.url)}</a>`],
    ['存档原件', `<a href="${h(c.archiveHref)}">${page ? `打开原件第 ${page} 页` : '打开原件'}</a>（存档只写一次，不可改写或删除）`],
    ['SHA-256', `<code>${h(c.sha256)}</code>`],
    ['抓取时间', h(c.capturedAt ?? '不详')],
    ['首次发现', h(c.firstSeenAt ?? '不详')],
    ['ETag', h(c.etag ?? '服务器未提供')],
    ['Last-Modified', h(c.lastModified ?? '服务器未提供')],
  ];
  if (c.version && c.version > 1) rows.push(['文件版本', `同一网址第 ${c.version} 次出现不同内容`]);
  const verify = `curl -L -o ${c.fileName} '${c.archiveFile}'\nsha256sum ${c.fileName}\n# 应输出：${c.sha256}  ${c.fileName}`;
  return `<h3>${h(c.sourceName)}</h3>
<table><tbody>
${rows.map(([k, v]) => `<tr><th scope="row">${h(k)}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table>
<p>核验方法：下载存档原件，计算其 SHA-256，与上表一致即证明文件自抓取以来未被改动（Windows 可用 <code>certutil -hashfile ${h(c.fileName)} SHA256</code>）。</p>
<pre>${h(verify)}</pre>`;
}

export function renderEvidencePage(v: EvidenceView): string {
  const facts =
    v.facts.length === 0
      ? '<p>没有抽取到可定位的要素。</p>'
      : `<table><thead><tr><th scope="col">要素</th><th scope="col">内容</th><th scope="col">位置</th></tr></thead><tbody>
${v.facts
  .map((f) => {
    const where = [f.page ? `第 ${f.page} 页` : null, f.line ? `第 ${f.line} 行` : null].filter(Boolean).join('，') || '未能定位';
    return `<tr><td>${h(f.label)}</td><td>${h(f.value)}</td><td>${h(where)}</td></tr>`;
  })
  .join('\n')}
</tbody></table>
<p class="meta">行号指存档原件抽取文本中的行（可在“抽取文本”中对照）。</p>`;
  const recheck = v.recheck
    ? `<p class="${v.recheck.status === 'unchanged' ? 'meta' : 'open'}">最近复查 ${h(v.recheck.checkedAt.slice(0, 10))}：${
        v.recheck.status === 'removed' ? `原网址已无法访问（HTTP ${v.recheck.httpStatus ?? '—'}），以存档原件为准` : v.recheck.status === 'edited' ? '原网址的文件已被改动，以下哈希为首次抓取的原件' : '原网址文件未变'
      }</p>`
    : '';
  const project = v.project ? `<p>所属项目：<a href="../projects/${encodeURIComponent(v.project.projectId)}">${h(v.project.name)}</a></p>` : '';
  return landPage(
    `证据：${v.title}`,
    `<h1>${h(v.title)}</h1>
<p class="meta">${h([v.docNumber, v.issuer, v.date ? dateZh(v.date) : null].filter(Boolean).join(' · '))}</p>
${project}
${recheck}
<h2>原件与哈希</h2>
${v.copies.map((c) => copyBlock(c, v.page)).join('\n')}
<h2>要素及其出处</h2>
${facts}
<h2>原文摘录</h2>
<blockquote>${h(v.excerpt)}</blockquote>
<p><a href="${h(v.textHref)}">抽取文本（全文）</a></p>
<h2>分类依据</h2>
<p>${h(categoryZh[v.classification.category] ?? v.classification.category)}${v.classification.confidence !== null ? `（可信度 ${Math.round(v.classification.confidence * 100)}%）` : ''}：${h(v.classification.evidence.join('；') || '—')}</p>
${v.legalBasis.length > 0 ? `<p>法律依据：${v.legalBasis.map(h).join('；')}</p>` : ''}`,
  );
}
