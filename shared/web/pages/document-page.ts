/** The document page: what it is, why it is in its category, its facts, every version and every appearance. */
import type { ChangeRecord } from '../../model/change.ts';
import type { DocumentAppearance } from '../../model/appearance.ts';
import type { IssueRecord } from '../../model/issue.ts';
import type { DocumentData } from '../document-data.ts';
import { html } from '../html.ts';
import { archiveUrl, pagePaths } from '../urls.ts';
import { archivePage, categorySection, dateText, externalLink, factsSection, instantText, metaList } from './parts.ts';
import { versionList } from './versions-page.ts';

/**
 * The PDF page an appearance starts on: recorded by the process stage; for appearances recorded before that,
 * the page a land document's project stage noted for the latest version. Null for issues that are not PDFs.
 */
export function appearancePage(a: DocumentAppearance, issue: IssueRecord | null, latest: ChangeRecord): number | null {
  if (!issue?.rawKey.endsWith('.pdf')) return null;
  if (a.page !== undefined) return a.page;
  return latest.project?.page && a.version === latest.version ? latest.project.page : null;
}

export function renderDocumentPage(data: DocumentData, archiveBaseUrl: string): string {
  const { latest, history } = data;
  const key = history.head.documentKey;
  const text = archiveUrl(archiveBaseUrl, history.head.textKey);
  const body = html`<h1>${latest.title}</h1>
<p class="meta">当前为第 ${history.head.version} 版 · 最近更新 ${instantText(history.head.updatedAt)}</p>
${metaList(latest, archiveBaseUrl)}
<p><a href="${text}">当前版本正文（文本）</a> · <a href="${pagePaths.change(latest.changeId)}">最近一次变更</a></p>
${categorySection(latest)}
${factsSection(latest, archiveBaseUrl)}
<h2>版本（${data.versions.length}）</h2>
${versionList(data, archiveBaseUrl)}
<p><a href="${pagePaths.versions(key)}">版本页：逐版查看</a></p>
<h2>刊登记录（${data.appearances.length}）</h2>
${
  data.appearances.length === 0
    ? html`<p>没有刊登记录。</p>`
    : html`<ol class="appearances">${data.appearances.map(({ appearance: a, issue, source }) => {
        const page = appearancePage(a, issue, latest);
        return html`<li>
<p><strong>${issue?.title ?? '（期次无标题）'}</strong>，第 ${a.index + 1} 篇${page ? `，原件第 ${page} 页起` : ''}（第 ${a.version} 版）</p>
<p class="meta">来源：<a href="${pagePaths.source(a.sourceId)}">${source?.name ?? a.sourceId}</a> · 发布 ${dateText(issue?.publishedAt?.slice(0, 10) ?? null)} · 抓取 ${instantText(a.seenAt)}</p>
<p>${externalLink(a.url, '原文网址')}${issue ? html` · <a href="${archiveUrl(archiveBaseUrl, issue.rawKey)}${page ? `#page=${page}` : ''}">存档副本（原件）</a>` : ''}</p>
</li>`;
      })}</ol>`
}`;
  return archivePage(latest.title, body);
}
