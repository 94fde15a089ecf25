/** Projects and timelines as terminal text (gw projects list|show). Pure. */
import type { Project } from './project-model.ts';
import type { Timeline } from './timeline.ts';

export function formatProjectList(projects: readonly Project[]): string {
  const rows = projects.map((p) => `${p.projectId}  ${p.updatedAt.slice(0, 10)}  ${String(p.documentKeys.length).padStart(2)} 份  ${p.name}${p.county ? `（${p.county}）` : ''}`);
  return `${[...rows, `共 ${projects.length} 个土地项目 projects`].join('\n')}\n`;
}

const statusZh = { open: '未到期', passed: '已过期', unresolved: '日期待推算' } as const;

export function formatTimeline(t: Timeline): string {
  const lines = [`${t.project.name}  [${t.project.projectId}]`, `${t.project.region}${t.project.county ?? ''} · ${t.stages.length} 份文件`, '', '程序进展：'];
  t.stages.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.date ?? '日期不详'}  ${s.label}  ${s.title}${s.docNumber ? `（${s.docNumber}）` : ''}`);
    lines.push(`     来源：${s.sourceName}  ${s.url}`);
    if (s.reasons.length > 0) lines.push(`     关联依据（${Math.round(s.confidence * 100)}%）：${s.reasons.join('；')}`);
  });
  if (t.deadlines.length > 0) {
    lines.push('', '期限：');
    for (const d of t.deadlines) lines.push(`  ${d.date ?? '—'}  ${statusZh[d.status]}  ${d.purpose ? `${d.purpose}${d.statutory ? '（法定）' : ''}：` : ''}${d.text}${d.resolvedFrom ? `（起算日取自${d.resolvedFrom}）` : ''}`);
  }
  lines.push('', `尚未完成：${t.openStages.length === 0 ? '无' : t.openStages.map((s) => s.label).join('、')}`);
  return `${lines.join('\n')}\n`;
}
