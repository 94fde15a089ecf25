/** A change and a document's history as terminal text (Simplified Chinese first): `gw changes show`, `gw documents history`. */
import type { ChangeRecord } from '../model/change.ts';
import { formatDateZh } from '../notify/format.ts';
import { categoryHeadings, subtypeLabels } from '../notify/labels.ts';
import type { DocumentData } from '../web/document-data.ts';
import { viewOf } from '../web/pages/parts.ts';
import { absolute, archiveUrl, pagePaths } from '../web/urls.ts';

export interface TextBases {
  publicBaseUrl: string;
  archiveBaseUrl: string;
}

const kindLine = (c: Pick<ChangeRecord, 'kind' | 'version'>): string => (c.kind === 'new' ? '新文件 new（第 1 版）' : `修订 revised（第 ${c.version} 版）`);

export function formatChange(change: ChangeRecord, bases: TextBases): string {
  const view = viewOf(change, bases.archiveBaseUrl);
  const lines = [`${change.title}`, `  ${kindLine(change)} · ${change.day} · 变更 change ${change.changeId}`];
  for (const m of view.meta) lines.push(`  ${m.label}：${m.value}`);
  const tags = (change.tags ?? []).map((t) => categoryHeadings[t]);
  lines.push(`  类别：${categoryHeadings[change.category]}${tags.length > 0 ? `（另属 ${tags.join('、')}）` : ''} · 文种：${subtypeLabels[change.subtype]}${change.confidence === undefined ? '' : ` · 可信度 ${Math.round(change.confidence * 100)}%`}`);
  if (change.evidence?.length) lines.push(`  依据：${change.evidence.join('；')}`);
  if (view.facts.length > 0) {
    lines.push('  要素 facts:');
    for (const f of view.facts) lines.push(`    ${f.label}：${f.value}`);
  }
  if (view.revision) {
    lines.push(`  修订：${view.revision.summary}${view.revision.note ? `（${view.revision.note}）` : ''}`);
    for (const e of view.revision.excerpts) {
      if (e.before === '') lines.push(`    新增：${e.after}`);
      else if (e.after === '') lines.push(`    删除：${e.before}`);
      else lines.push(`    原为：${e.before}`, `    现为：${e.after}`);
    }
  }
  lines.push(`  变更页：${absolute(bases.publicBaseUrl, pagePaths.change(change.changeId))}`);
  lines.push(`  文件页：${absolute(bases.publicBaseUrl, pagePaths.document(change.documentKey))}（gw documents history ${change.documentKey}）`);
  if (change.diffKey) lines.push(`  对比页：${absolute(bases.publicBaseUrl, pagePaths.diff(change.documentKey, change.version))}`);
  for (const l of change.links) {
    lines.push(`  来源 ${l.sourceName}：${l.url}`);
    lines.push(`    存档 archive：${archiveUrl(bases.archiveBaseUrl, l.rawKey)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatHistory(data: DocumentData, bases: TextBases): string {
  const { head } = data.history;
  const lines = [`${data.latest.title}`, `  文件键 key ${head.documentKey} · ${head.label}`, `  共 ${data.versions.length} 个版本 versions，${data.appearances.length} 次刊登 appearances`, '  版本 versions:'];
  for (const { version: v, change } of data.versions) {
    const what = change ? (viewOf(change, bases.archiveBaseUrl).revision?.summary ?? (change.kind === 'new' ? '首次发现' : '')) : '（变更记录缺失 change record missing）';
    lines.push(`    v${v.version}  ${v.createdAt.slice(0, 10)}  ${v.sourceId}  ${what}  变更 ${v.changeId}`);
  }
  lines.push('  刊登 appearances:');
  for (const { appearance: a, issue, source } of data.appearances) {
    const date = issue?.publishedAt ? formatDateZh(issue.publishedAt.slice(0, 10)) : a.seenAt.slice(0, 10);
    lines.push(`    ${date}  ${source?.name ?? a.sourceId} · ${issue?.title ?? a.issueId} · 第 ${a.index + 1} 篇（v${a.version}）  ${a.url}`);
  }
  lines.push(`  文件页：${absolute(bases.publicBaseUrl, pagePaths.document(head.documentKey))}`);
  return `${lines.join('\n')}\n`;
}
