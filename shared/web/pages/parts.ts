/** Pieces the document, versions, diff, change and source pages share: the shell, metadata, category, facts. */
import type { ChangeRecord } from '../../model/change.ts';
import type { Category } from '../../model/document.ts';
import { safeUrl } from '../../notify/escape.ts';
import { formatDateZh } from '../../notify/format.ts';
import { categoryHeadings, subtypeLabels } from '../../notify/labels.ts';
import type { MailLinks } from '../../notify/mail-types.ts';
import { changeView } from '../../notify/render-parts.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPage } from '../page-shell.ts';
import { archiveUrl } from '../urls.ts';

export function archivePage(title: string, body: SafeHtml): string {
  return renderPage({
    title,
    body,
    tagline: '政府公报文件档案 · gazette-watch',
    footer: '以上内容由公报哨兵从政府公报和官方网站自动整理，以原文为准；原件存档不可改写，可从“存档副本”链接核验。',
  });
}

export function notFoundPage(what: string): string {
  return archivePage('未找到', html`<h1>未找到${what}</h1><p>该页面不存在或链接有误。请检查地址，或从提醒邮件中的链接打开。</p>`);
}

export const dateText = (iso: string | null | undefined): string => (iso ? formatDateZh(iso) : '日期不详');

/** 2026-11-20T03:30:00.000Z → 2026年11月20日 11:30（北京时间） */
export function instantText(iso: string | null | undefined): string {
  if (!iso) return '无';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const local = new Date(t + 8 * 3600 * 1000).toISOString();
  return `${formatDateZh(local.slice(0, 10))} ${local.slice(11, 16)}（北京时间）`;
}

export const categoryName = (c: Category): string => categoryHeadings[c];

/** The view of a change the mails show (metadata, facts, revision summary), with the archive's links. */
export function viewOf(change: ChangeRecord, archiveBaseUrl: string) {
  const links: MailLinks = {
    unsubscribeUrl: '',
    preferencesUrl: '',
    archiveUrl: (key) => archiveUrl(archiveBaseUrl, key),
    diffUrl: (key) => archiveUrl(archiveBaseUrl, key),
  };
  return changeView(change, links);
}

/** 文号, issuer, date, area, sources: a definition list. */
export function metaList(change: ChangeRecord, archiveBaseUrl: string): SafeHtml {
  const view = viewOf(change, archiveBaseUrl);
  return html`<dl class="doc-meta">${view.meta.map((m) => html`<dt>${m.label}</dt><dd>${m.value}</dd>`)}</dl>`;
}

/** The category, the other categories (tags) and the phrases that decided them. */
export function categorySection(change: ChangeRecord): SafeHtml {
  const tags = change.tags ?? [];
  const evidence = change.evidence ?? [];
  return html`<h2>类别与依据</h2>
<p><span class="tag">${categoryName(change.category)}</span>${tags.map((t) => html`<span class="tag">${categoryName(t)}</span>`)}<span class="meta">文种：${subtypeLabels[change.subtype]}${
    change.confidence === undefined ? '' : `，可信度 ${Math.round(change.confidence * 100)}%`
  }</span></p>
${evidence.length > 0 ? html`<p class="meta">判断依据（原文用语）：</p><ul class="evidence">${evidence.map((e) => html`<li>${e}</li>`)}</ul>` : html`<p class="meta">没有记录判断依据。</p>`}`;
}

/** The extracted facts: appointments, land facts, regulation facts. */
export function factsSection(change: ChangeRecord, archiveBaseUrl: string): SafeHtml {
  const facts = viewOf(change, archiveBaseUrl).facts;
  return html`<h2>要素</h2>
${facts.length > 0 ? html`<dl class="facts">${facts.map((f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`)}</dl>` : html`<p>未抽取到任免、土地或法规要素。</p>`}
${change.ocrPages?.length ? html`<p class="notice">原件第 ${change.ocrPages.join('、')} 页为扫描件，经 OCR 识别，请以原件为准。</p>` : ''}`;
}

export const kindText = (change: Pick<ChangeRecord, 'kind' | 'version'>): string => (change.kind === 'new' ? '新文件（第 1 版）' : `修订（第 ${change.version} 版）`);

/** A link to a publisher's page: http(s) only — any other scheme is shown as text, never as a link. */
export function externalLink(url: string, label: string | SafeHtml): SafeHtml {
  const safe = safeUrl(url);
  return safe ? html`<a href="${safe}">${label}</a>` : html`<span>${label}（链接无效）</span>`;
}
