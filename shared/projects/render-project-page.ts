/** The project page: its stages in procedure order with dates and links, deadlines still running, what is still open. */
import { dateZh, h, landPage } from './page-shell.ts';
import type { Timeline } from './timeline.ts';

const statusLabel = { open: '未到期', passed: '已过期', unresolved: '日期需按原文推算' } as const;

function stageItem(s: Timeline['stages'][number]): string {
  const number = s.docNumber ? `（${h(s.docNumber)}）` : '';
  const confidence = s.reasons.length > 0 ? `<p class="meta">关联依据（可信度 ${Math.round(s.confidence * 100)}%）：${s.reasons.map(h).join('；')}</p>` : '';
  return `<li>
<p class="stage">${h(s.label)} · ${h(dateZh(s.date))}</p>
<p>${h(s.title)}${number}</p>
<p class="meta">发布：${h(s.issuer ?? '发文机关不详')} · 来源：${h(s.sourceName)}</p>
${confidence}
<p><a href="../evidence/${encodeURIComponent(s.changeId)}">证据与原件存档</a> · <a href="${h(s.url)}" rel="noreferrer">发布网址</a></p>
</li>`;
}

export function renderProjectPage(t: Timeline): string {
  const p = t.project;
  const latest = t.latest ? `${t.latest.label}（${dateZh(t.latest.date)}）` : '尚无文件';
  const deadlines =
    t.deadlines.length === 0
      ? '<p>文件中没有可列出的期限。</p>'
      : `<table><caption class="meta">期限按原文计算：工作日扣除法定节假日并计入调休上班日，自公告次日起算</caption>
<thead><tr><th scope="col">期限</th><th scope="col">截止日期</th><th scope="col">状态</th></tr></thead>
<tbody>
${t.deadlines
  .map(
    (d) =>
      `<tr><td>${h(d.purpose ? `${d.purpose}${d.statutory ? '（法定）' : ''}：` : d.statutory ? '法定：' : '')}${h(d.text)}<br><span class="meta">${h(d.documentTitle)}${h(d.resolvedFrom ? ` · 起算日取自${d.resolvedFrom}` : '')}</span></td><td>${h(d.date ? dateZh(d.date) : '—')}</td><td class="${d.status === 'open' ? 'open' : 'passed'}">${statusLabel[d.status]}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
  const open =
    t.openStages.length === 0
      ? '<p>没有尚待发布的常规程序环节。</p>'
      : `<ul>${t.openStages.map((s) => `<li class="open">${h(s.label)}：尚未发现</li>`).join('')}</ul>`;
  const evidence = [
    ...p.evidence.batches.map((b) => `批次：${b}`),
    ...p.evidence.approvals.map((a) => `批复文号：${a}`),
    ...(p.evidence.villages.length > 0 ? [`涉及村（社区）：${p.evidence.villages.join('、')}`] : []),
  ];
  return landPage(
    p.name,
    `<h1>${h(p.name)}</h1>
<p class="meta">${h(p.region)}${h(p.county ?? '')} · 共 ${t.stages.length} 份文件 · 最新进展：${h(latest)}</p>
${evidence.length > 0 ? `<p class="meta">${evidence.map(h).join('；')}</p>` : ''}
<h2>程序进展</h2>
<ol class="timeline">
${t.stages.map(stageItem).join('\n')}
</ol>
<h2>期限</h2>
${deadlines}
<h2>尚未完成的环节</h2>
${open}`,
  );
}

/** The list of projects (the project index page). */
export function renderProjectList(rows: { projectId: string; name: string; stages: number; updatedAt: string }[]): string {
  const items = rows.map((r) => `<li><a href="projects/${encodeURIComponent(r.projectId)}">${h(r.name)}</a> <span class="meta">${r.stages} 份文件 · 更新于 ${h(r.updatedAt.slice(0, 10))}</span></li>`);
  return landPage('土地征收项目', `<h1>土地征收项目</h1>\n${rows.length === 0 ? '<p>尚无项目。</p>' : `<ul>${items.join('\n')}</ul>`}`);
}
