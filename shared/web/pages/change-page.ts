/** The change page: one detected change (a new document or a revision) with its facts, diff and links. */
import type { ChangeRecord } from '../../model/change.ts';
import { html } from '../html.ts';
import { archiveUrl, pagePaths } from '../urls.ts';
import { archivePage, categorySection, externalLink, factsSection, instantText, kindText, metaList, viewOf } from './parts.ts';

export function renderChangePage(change: ChangeRecord, archiveBaseUrl: string): string {
  const revision = viewOf(change, archiveBaseUrl).revision;
  const several = change.links.length > 1;
  const body = html`<p class="meta">${kindText(change)} · 发现于 ${instantText(change.createdAt)}</p>
<h1>${change.title}</h1>
${metaList(change, archiveBaseUrl)}
<p><a href="${pagePaths.document(change.documentKey)}">文件页：全部版本与刊登记录</a></p>
${categorySection(change)}
${factsSection(change, archiveBaseUrl)}
${
  revision
    ? html`<h2>修订内容</h2><p>${revision.summary}${revision.note ? `（${revision.note}）` : ''}</p>
${revision.excerpts.length > 0 ? html`<ul>${revision.excerpts.map((e) => (e.before === '' ? html`<li>新增：<ins>${e.after}</ins></li>` : e.after === '' ? html`<li>删除：<del>${e.before}</del></li>` : html`<li>原为：<del>${e.before}</del><br>现为：<ins>${e.after}</ins></li>`))}</ul>` : ''}
${change.diffKey ? html`<p><a href="${pagePaths.diff(change.documentKey, change.version)}">查看与第 ${change.version - 1} 版的逐段对比</a></p>` : ''}`
    : ''
}
${change.project ? html`<h2>所属土地项目</h2><p><a href="/projects/${encodeURIComponent(change.project.projectId)}">${change.project.name}</a></p>` : ''}
<h2>摘录</h2>
<p>${change.excerpt}</p>
<h2>原文与存档</h2>
<ul>${change.links.map((l) => {
    const suffix = several ? `（${l.sourceName}）` : '';
    return html`<li>${externalLink(l.url, `原文${suffix}`)} · <a href="${archiveUrl(archiveBaseUrl, l.rawKey)}">存档副本${suffix}</a> · <a href="${archiveUrl(archiveBaseUrl, l.textKey)}">正文文本${suffix}</a> · 来源 <a href="${pagePaths.source(l.sourceId)}">${l.sourceName}</a></li>`;
  })}</ul>
${change.category === 'land' ? html`<p><a href="/evidence/${encodeURIComponent(change.changeId)}">证据页（哈希与核验方法）</a></p>` : ''}`;
  return archivePage(change.title, body);
}
