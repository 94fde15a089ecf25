/** The source page: what a source is, how its fetching goes (health), and its recent issues. */
import type { IssueRecord } from '../../model/issue.ts';
import type { Source } from '../../model/source.ts';
import type { SourceStatus } from '../../registry/province-health.ts';
import { html } from '../html.ts';
import { archiveUrl } from '../urls.ts';
import { archivePage, dateText, externalLink, instantText } from './parts.ts';

const KIND: Record<Source['kind'], string> = { gazette: '政府公报', 'document-list': '文件列表', newspaper: '报纸版面' };
const ISSUE_STATUS: Record<IssueRecord['status'], string> = { fetched: '已下载，待处理', processed: '已处理', failed: '失败' };

function stateText(s: SourceStatus): string {
  if (s.state === 'ok') return '正常';
  if (s.state === 'broken') return `抓取失败（连续 ${s.health.consecutiveFailures} 次）`;
  if (s.state === 'quiet') return s.quietDays === null ? '安静：从未发现新期次' : `安静：${s.quietDays} 天无新期次`;
  return '尚未抓取';
}

export function renderSourcePage(status: SourceStatus, issues: IssueRecord[], archiveBaseUrl: string): string {
  const { source, health } = status;
  const j = source.jurisdiction;
  const body = html`<h1>${source.name}</h1>
<dl>
<dt>类型</dt><dd>${KIND[source.kind]}</dd>
<dt>地区</dt><dd>${[j.province, j.city, j.county].filter(Boolean).join('')}（${j.divisionCode}）</dd>
<dt>状态</dt><dd>${stateText(status)}${source.unverified ? '（公开网址尚未核验）' : ''}</dd>
<dt>最近检查</dt><dd>${instantText(health.lastCheckedAt)}</dd>
<dt>最近成功</dt><dd>${instantText(health.lastSuccessAt)}</dd>
<dt>最近发现新期次</dt><dd>${instantText(health.lastNewIssueAt)}</dd>
${health.lastError ? html`<dt>最近错误</dt><dd>${health.lastError}</dd>` : ''}
${health.verification ? html`<dt>最近核验</dt><dd>${instantText(health.verification.at)}：${health.verification.ok ? `成功，发现 ${health.verification.issues} 期` : `失败：${health.verification.error ?? ''}`}</dd>` : ''}
</dl>
<h2>最近期次（${issues.length}）</h2>
${
  issues.length === 0
    ? html`<p>还没有抓取到期次。</p>`
    : html`<table><caption class="meta">按抓取时间由新到旧</caption><thead><tr><th scope="col">期次</th><th scope="col">日期</th><th scope="col">状态</th></tr></thead><tbody>${issues.map(
        (i) => html`<tr><td>${externalLink(i.url, i.title ?? '（无标题）')}<br><a href="${archiveUrl(archiveBaseUrl, i.rawKey)}">存档副本</a></td><td>${dateText(i.publishedAt?.slice(0, 10) ?? null)}<br><span class="meta">抓取 ${instantText(i.fetchedAt)}</span></td><td>${ISSUE_STATUS[i.status]}${
          i.documentCount !== null ? `，${i.documentCount} 篇文件` : ''
        }${i.reason ? html`<br><span class="meta">${i.reason}</span>` : ''}${i.partialReason ? html`<br><span class="meta">部分未读：${i.partialReason}</span>` : ''}</td></tr>`,
      )}</tbody></table>`
}`;
  return archivePage(source.name, body);
}
