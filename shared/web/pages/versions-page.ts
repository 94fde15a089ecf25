/** The versions page: every version of a document, its date, what changed and links to its text and diff. */
import type { DocumentData } from '../document-data.ts';
import { html, type SafeHtml } from '../html.ts';
import { archiveUrl, pagePaths } from '../urls.ts';
import { archivePage, instantText, viewOf } from './parts.ts';

/** The versions, newest first: date, kind, what changed, links to the text, its change and its diff. */
export function versionList(data: DocumentData, archiveBaseUrl: string): SafeHtml {
  const key = data.history.head.documentKey;
  const newestFirst = [...data.versions].reverse();
  return html`<ol class="timeline versions" reversed>${newestFirst.map(({ version: v, change }) => {
    const revision = change ? viewOf(change, archiveBaseUrl).revision : null;
    return html`<li>
<p class="stage">第 ${v.version} 版${v.version === data.history.head.version ? '（当前）' : ''}</p>
<p class="meta">发现于 ${instantText(v.createdAt)} · 来源 <a href="${pagePaths.source(v.sourceId)}">${v.sourceId}</a></p>
${revision ? html`<p>${revision.summary}${revision.note ? `（${revision.note}）` : ''}</p>` : v.version === 1 ? html`<p>首次发现</p>` : ''}
<p><a href="${archiveUrl(archiveBaseUrl, v.textKey)}">第 ${v.version} 版正文</a>${change ? html` · <a href="${pagePaths.change(change.changeId)}">变更记录</a>` : ''}${
      change?.diffKey ? html` · <a href="${pagePaths.diff(key, v.version)}">与上一版对比</a>` : ''
    }</p>
</li>`;
  })}</ol>`;
}

export function renderVersionsPage(data: DocumentData, archiveBaseUrl: string): string {
  const key = data.history.head.documentKey;
  const body = html`<p class="meta"><a href="${pagePaths.document(key)}">← 返回文件页</a></p>
<h1>${data.latest.title}：全部版本</h1>
<p>共 ${data.versions.length} 个版本。每一版的正文都已存档；修订版可查看与上一版的逐段对比。</p>
${versionList(data, archiveBaseUrl)}`;
  return archivePage(`${data.latest.title} 的版本`, body);
}
