/** The diff page: one revision against the version before it, from the stored diff, in the site's shell. */
import type { ChangeRecord } from '../../model/change.ts';
import { html, type SafeHtml } from '../html.ts';
import type { DiffRow, StoredDiff } from '../stored-diff.ts';
import { archiveUrl, pagePaths } from '../urls.ts';
import { archivePage, instantText, viewOf } from './parts.ts';

const MARKS: Record<DiffRow['kind'], string | null> = { added: '新增', removed: '删除', changed: '修改', context: null, skip: null };

function row(r: DiffRow): SafeHtml {
  if (r.kind === 'skip') return html`<li class="skip">${r.parts.map((p) => p.text).join('')}</li>`;
  // The change is said in words and by ins/del (read out by screen readers), not by colour alone.
  const mark = r.mark ?? MARKS[r.kind];
  return html`<li class="${r.kind}">${r.line === null ? '' : html`<span class="n">第${r.line}行</span>`}${mark ? html`<span class="mark">【${mark}】</span>` : ''}${r.parts.map((p) =>
    p.op === 'insert' ? html`<ins>${p.text}</ins>` : p.op === 'delete' ? html`<del>${p.text}</del>` : p.text,
  )}</li>`;
}

export interface DiffPageInput {
  documentKey: string;
  change: ChangeRecord;
  fromVersion: number;
  diff: StoredDiff;
  archiveBaseUrl: string;
}

export function renderDiffPage(input: DiffPageInput): string {
  const { change, diff } = input;
  const revision = viewOf(change, input.archiveBaseUrl).revision;
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const r of diff.rows) if (r.kind === 'added' || r.kind === 'removed' || r.kind === 'changed') counts[r.kind]++;
  const body = html`<p class="meta"><a href="${pagePaths.document(input.documentKey)}">← 返回文件页</a> · <a href="${pagePaths.versions(input.documentKey)}">全部版本</a></p>
<h1>${change.title}</h1>
<p>第 ${input.fromVersion} 版 → 第 ${change.version} 版（发现于 ${instantText(change.createdAt)}）</p>
${revision ? html`<p>${revision.summary}${revision.note ? `（${revision.note}）` : ''}</p>` : ''}
<p class="meta">图例：<span class="mark">【新增】</span><ins>新增的文字</ins>　<span class="mark">【删除】</span><del>删除的文字</del>　<span class="mark">【修改】</span>段内修改</p>
${
  diff.identical || diff.rows.length === 0
    ? html`<p>两个版本的正文没有差异。</p>`
    : html`<ol class="diff" aria-label="逐段对比：新增 ${counts.added} 段，删除 ${counts.removed} 段，修改 ${counts.changed} 段">${diff.rows.map(row)}</ol>`
}
${change.diffKey ? html`<p><a href="${archiveUrl(input.archiveBaseUrl, change.diffKey)}">存档的对比文件</a></p>` : ''}`;
  return archivePage(`${change.title} 第${input.fromVersion}版与第${change.version}版对比`, body);
}
