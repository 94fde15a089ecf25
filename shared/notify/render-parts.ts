/**
 * The building blocks shared by the digest and the alert: one change as a view model (labelled
 * lines and links), then that view as HTML (every value escaped, hrefs filtered) or plain text.
 */
import { pageRangesZh } from '../model/extracted-text.ts';
import type { ChangeRecord } from '../model/change.ts';
import type { Category } from '../model/document.ts';
import type { Subscription } from '../model/subscription.ts';
import { escapeHtml, plainText, safeHref, safeUrl } from './escape.ts';
import { formatDateZh, oneLine, truncate } from './format.ts';
import { appointmentActionLabels, categoryHeadings, categoryOrder, subtypeLabels } from './labels.ts';
import type { MailLinks } from './mail-types.ts';
import { pageFragment, projectLine } from '../projects/project-line.ts';
import { stageLabels } from '../projects/stages.ts';

export interface LabelledLine {
  label: string;
  value: string;
}

export interface LinkRef {
  label: string;
  url: string;
}

export interface RevisionView {
  summary: string;
  excerpts: Array<{ before: string; after: string }>;
  note: string | null;
}

export interface ChangeView {
  badge: string;
  title: string;
  titleUrl: string | null;
  meta: LabelledLine[];
  facts: LabelledLine[];
  revision: RevisionView | null;
  excerpt: string | null;
  /** 第3–5页为扫描件，经OCR识别，请以原件为准 — when some of the document's pages were read by OCR. */
  ocrNote: string | null;
  links: LinkRef[];
}

const excerptChars = 160;
const diffExcerptChars = 120;
const diffExcerptCount = 3;

function landFacts(change: ChangeRecord): LabelledLine[] {
  const land = change.land;
  if (!land) return [];
  const lines: LabelledLine[] = [];
  if (change.project) lines.push({ label: '所属项目', value: oneLine(projectLine(change.project)) });
  if (land.project) lines.push({ label: '项目', value: oneLine(land.project) });
  if (land.location) lines.push({ label: '位置', value: oneLine(land.location) });
  if (land.area) lines.push({ label: '面积', value: oneLine(land.area) });
  if (land.requisitioner) lines.push({ label: '征收主体', value: oneLine(land.requisitioner) });
  if (land.implementer) lines.push({ label: '实施单位', value: oneLine(land.implementer) });
  if (land.legalBasis && land.legalBasis.length > 0) lines.push({ label: '法律依据', value: oneLine(land.legalBasis.join('、')) });
  const reason = landReason(change);
  if (reason) lines.push({ label: '归入土地类', value: reason });
  lines.push(...compensationLines(land.compensation));
  lines.push(...land.deadlines.map(deadlineLine));
  return lines;
}

/** Why the document is land, in one line, from the classifier's first land evidence (title: …, text: …). */
export function landReason(change: Pick<ChangeRecord, 'evidence' | 'land'>): string | null {
  const first = (change.evidence ?? []).find((e) => /^(?:title|text): /.test(e));
  if (!first) return null;
  const [where, phrase] = [first.slice(0, first.indexOf(':')), first.slice(first.indexOf(':') + 1).trim()];
  const stage = change.land?.stage ? `（${stageLabels[change.land.stage]}）` : '';
  return `${where === 'title' ? '标题' : '正文'}写明「${oneLine(phrase)}」${stage}`;
}

/**
 * Compensation grouped by what it pays for (issue 14: read in 30 s): one line per item under its group, the rate
 * first, then what it depends on (the signing window of a 奖励 tier, else the printed condition), how it is paid
 * and the standard's 文号.
 */
type CompensationItem = NonNullable<ChangeRecord['land']>['compensation'][number];

/** What an item depends on, how it is paid and its standard's 文号, in brackets after the rate ('' when none). */
export function compensationTerms(c: CompensationItem): string {
  const terms = [
    c.window ? `条件：${c.window}签约` : c.condition ? `条件：${oneLine(c.condition)}` : null,
    c.payment ? `支付：${c.payment}` : null,
    c.standard && !c.text.includes(c.standard) ? `标准文号：${c.standard}` : null,
  ].filter((t): t is string => t !== null);
  return terms.length > 0 ? `（${terms.join('；')}）` : '';
}

/** Items in the order of their groups' first appearance; records read before items had groups keep their one label. */
export function groupedCompensation(items: readonly CompensationItem[]): Array<{ label: string; item: CompensationItem }> {
  const groups = new Map<string, CompensationItem[]>();
  for (const c of items) groups.set(c.group ?? '', [...(groups.get(c.group ?? '') ?? []), c]);
  return [...groups].flatMap(([group, list]) => list.map((item) => ({ label: group ? `补偿·${group}` : '补偿标准', item })));
}

export function compensationLines(items: readonly CompensationItem[]): LabelledLine[] {
  return groupedCompensation(items).map(({ label, item: c }) => {
    const text = oneLine(c.text);
    const prefix = c.appliesTo && !text.includes(c.appliesTo) ? `${c.appliesTo}：` : '';
    return { label, value: `${prefix}${text}${compensationTerms(c)}` };
  });
}

/** A deadline: its date, or its rule while the start event's date is unknown; statutory periods marked 法定. */
export function deadlineLine(d: NonNullable<ChangeRecord['land']>['deadlines'][number]): LabelledLine {
  const when = d.date
    ? `截止 ${formatDateZh(d.date)}`
    : d.rule
      ? `自「${oneLine(d.rule.event)}」之日起算，该日期公布后即可推算`
      : '具体日期未能推算，请查看原文';
  const basis = d.statutory && d.basis ? `（${d.basis}）` : '';
  return { label: deadlineLabel(d), value: `${oneLine(d.text)} → ${when}${basis}` };
}

/** 期限（签约）, 期限（行政复议·法定）. */
export function deadlineLabel(d: Pick<NonNullable<ChangeRecord['land']>['deadlines'][number], 'purpose' | 'statutory'>): string {
  const kind = [d.purpose, d.statutory ? '法定' : null].filter(Boolean).join('·');
  return `期限${kind ? `（${kind}）` : ''}`;
}

function appointmentFacts(change: ChangeRecord): LabelledLine[] {
  return change.appointments.map((a) => ({
    label: appointmentActionLabels[a.action],
    value: a.position ? `${a.person} — ${oneLine(a.position)}` : a.person,
  }));
}

function regulationFacts(change: ChangeRecord): LabelledLine[] {
  const r = change.regulation;
  if (!r) return [];
  const lines: LabelledLine[] = [];
  if (r.name) lines.push({ label: '法规名称', value: oneLine(r.name) });
  lines.push({ label: '施行日期', value: r.effectiveDate ? formatDateZh(r.effectiveDate) : '未注明' });
  if (r.validity) lines.push({ label: '有效期', value: oneLine(r.validity) });
  for (const repealed of r.repeals) lines.push({ label: '同时废止', value: oneLine(repealed) });
  return lines;
}

function revisionView(change: ChangeRecord): RevisionView | null {
  if (change.kind !== 'revised' || !change.diff) return null;
  const d = change.diff;
  return {
    summary: `新增 ${d.added} 处，删除 ${d.removed} 处，修改 ${d.changed} 处`,
    excerpts: d.excerpts.slice(0, diffExcerptCount).map((e) => ({
      before: truncate(oneLine(e.before), diffExcerptChars),
      after: truncate(oneLine(e.after), diffExcerptChars),
    })),
    note: d.truncated ? '差异较多，此处仅为部分内容' : null,
  };
}

function areaText(change: ChangeRecord): string {
  const j = change.jurisdiction;
  return [j.province, j.city, j.county].filter((p): p is string => Boolean(p)).join('');
}

/** The view model of one change: what both the HTML and the text part show. */
export function changeView(change: ChangeRecord, links: MailLinks): ChangeView {
  const meta: LabelledLine[] = [];
  if (change.docNumber) meta.push({ label: '文号', value: oneLine(change.docNumber) });
  if (change.issuer) meta.push({ label: '发文机关', value: oneLine(change.issuer) });
  if (change.date) meta.push({ label: '日期', value: formatDateZh(change.date) });
  meta.push({ label: '地区', value: areaText(change) });
  meta.push({ label: '来源', value: [...new Set(change.links.map((l) => oneLine(l.sourceName)))].join('、') });

  const facts = [...landFacts(change), ...appointmentFacts(change), ...regulationFacts(change)];

  const refs: LinkRef[] = [];
  const several = change.links.length > 1;
  for (const link of change.links) {
    const suffix = several ? `（${oneLine(link.sourceName)}）` : '';
    refs.push({ label: `原文${suffix}`, url: link.url });
    refs.push({ label: `存档副本${suffix}`, url: `${links.archiveUrl(link.rawKey)}${pageFragment(change, link.rawKey)}` });
  }
  if (change.category === 'land' && links.evidenceUrl) refs.push({ label: '证据页（哈希与核验方法）', url: links.evidenceUrl(change.changeId) });
  if (change.land?.deadlines.some((d) => d.date) && links.deadlinesIcsUrl) refs.push({ label: '期限加入日历（.ics）', url: links.deadlinesIcsUrl(change.changeId) });
  if (change.land?.deadlines.some((d) => d.date) && links.calendarFeedUrl) refs.push({ label: '订阅我的期限日历', url: links.calendarFeedUrl });
  if (change.kind === 'revised' && change.diffKey) refs.push({ label: '查看修订对比', url: links.diffUrl(change.diffKey) });
  if (links.documentUrl) refs.push({ label: '文件页（全部版本与刊登记录）', url: links.documentUrl(change.documentKey) });

  const excerpt = oneLine(change.excerpt);
  return {
    badge:
      change.kind === 'revised'
        ? `修订（第 ${change.version} 版）· ${subtypeLabels[change.subtype]}`
        : `新文件 · ${subtypeLabels[change.subtype]}`,
    title: oneLine(change.title),
    titleUrl: change.links[0]?.url ?? null,
    meta,
    facts,
    revision: revisionView(change),
    excerpt: excerpt.length > 0 ? truncate(excerpt, excerptChars) : null,
    ocrNote: change.ocrPages?.length ? `${pageRangesZh(change.ocrPages)}为扫描件，经OCR识别，请以原件为准` : null,
    links: refs,
  };
}

function htmlLink(ref: LinkRef): string {
  const href = safeHref(ref.url);
  return href ? `<a href="${href}">${escapeHtml(ref.label)}</a>` : escapeHtml(ref.label);
}

function htmlLines(lines: readonly LabelledLine[]): string {
  return lines
    .map((l) => `<div><span style="color:#666">${escapeHtml(l.label)}：</span>${escapeHtml(l.value)}</div>`)
    .join('\n');
}

/** One change as an HTML block. */
export function changeHtml(view: ChangeView): string {
  const href = view.titleUrl ? safeHref(view.titleUrl) : null;
  const title = href ? `<a href="${href}" style="color:#1a4d8f">${escapeHtml(view.title)}</a>` : escapeHtml(view.title);
  const parts = [
    '<div style="margin:0 0 16px;padding:12px 14px;border:1px solid #ddd;border-radius:6px">',
    `<div style="font-size:12px;color:#a14a00">${escapeHtml(view.badge)}</div>`,
    `<h3 style="margin:4px 0 8px;font-size:16px">${title}</h3>`,
    `<div style="font-size:13px">${htmlLines(view.meta)}</div>`,
  ];
  if (view.facts.length > 0) {
    parts.push(`<div style="margin-top:8px;font-size:14px">${htmlLines(view.facts)}</div>`);
  }
  if (view.revision) {
    const r = view.revision;
    parts.push(`<div style="margin-top:8px;font-size:13px"><strong>修订内容：</strong>${escapeHtml(r.summary)}`);
    if (r.note) parts.push(`<span style="color:#666">（${escapeHtml(r.note)}）</span>`);
    for (const e of r.excerpts) {
      parts.push(
        // Marked in the markup and in words (原/现), not by colour alone.
        `<div style="margin:4px 0 0 8px"><div style="color:#9b1c1c">原：<del>${escapeHtml(e.before)}</del></div>` +
          `<div style="color:#1c6b2e">现：<ins style="text-decoration:underline">${escapeHtml(e.after)}</ins></div></div>`,
      );
    }
    parts.push('</div>');
  }
  if (view.excerpt) {
    parts.push(`<p style="margin:8px 0 0;color:#555;font-size:13px">${escapeHtml(view.excerpt)}</p>`);
  }
  if (view.ocrNote) parts.push(`<p style="margin:8px 0 0;color:#a14a00;font-size:12px">${escapeHtml(view.ocrNote)}</p>`);
  parts.push(`<div style="margin-top:8px;font-size:13px">${view.links.map(htmlLink).join(' · ')}</div>`);
  parts.push('</div>');
  return parts.join('\n');
}

/** A link in the text part: shown only when it is an http(s)/mailto URL. */
function textUrl(url: string): string {
  return safeUrl(url) ?? '（链接不可用）';
}

/** One change as plain text lines. */
export function changeText(view: ChangeView): string {
  const lines = [`■ ${view.title}`, `  [${view.badge}]`];
  for (const l of [...view.meta, ...view.facts]) lines.push(`  ${l.label}：${l.value}`);
  if (view.revision) {
    const r = view.revision;
    lines.push(`  修订内容：${r.summary}${r.note ? `（${r.note}）` : ''}`);
    for (const e of r.excerpts) {
      lines.push(`    原：${e.before}`);
      lines.push(`    现：${e.after}`);
    }
  }
  if (view.excerpt) lines.push(`  摘要：${view.excerpt}`);
  if (view.ocrNote) lines.push(`  注意：${view.ocrNote}`);
  for (const ref of view.links) lines.push(`  ${ref.label}：${textUrl(ref.url)}`);
  return plainText(lines.join('\n'));
}

/** Changes grouped into the digest's sections, land first; empty sections left out. */
export function groupByCategory(changes: readonly ChangeRecord[]): Array<{ category: Category; heading: string; changes: ChangeRecord[] }> {
  return categoryOrder
    .map((category) => ({
      category,
      heading: categoryHeadings[category],
      changes: changes.filter((c) => c.category === category).sort(newestFirst),
    }))
    .filter((g) => g.changes.length > 0);
}

/** Newest document date first (undated last), then by title for a stable order. */
function newestFirst(a: ChangeRecord, b: ChangeRecord): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : a.changeId < b.changeId ? -1 : 1;
}

/** Greeting line. */
export function greeting(subscription: Subscription): string {
  return subscription.name ? `${oneLine(subscription.name)}，您好：` : '您好：';
}

export interface Footer {
  html: string;
  text: string;
}

/** Disclaimer, preferences and unsubscribe links. */
export function footer(links: MailLinks): Footer {
  const note = '本邮件由公报哨兵根据您的订阅条件自动发送。文中信息由程序从公报原文提取，可能有误，请以原文为准。';
  const prefs = { label: '修改订阅条件', url: links.preferencesUrl };
  const unsub = { label: '退订', url: links.unsubscribeUrl };
  return {
    html: [
      '<hr style="border:none;border-top:1px solid #ddd;margin:20px 0 10px">',
      `<p style="font-size:12px;color:#595959">${escapeHtml(note)}<br>${htmlLink(prefs)} · ${htmlLink(unsub)}</p>`,
    ].join('\n'),
    text: plainText(['—'.repeat(20), note, `${prefs.label}：${textUrl(prefs.url)}`, `${unsub.label}：${textUrl(unsub.url)}`].join('\n')),
  };
}

/** Wraps body HTML in a minimal document. */
export function htmlDocument(subject: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:-apple-system,\'PingFang SC\',\'Microsoft YaHei\',sans-serif;color:#222;line-height:1.6">',
    // role="main": one landmark holding all content (axe-core), kept by mail clients that drop <main>.
    '<div role="main" style="max-width:680px;margin:0 auto">',
    body,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
