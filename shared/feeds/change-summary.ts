/**
 * One change as the short labelled lines a feed entry or a chat message shows: kind, category, 文号,
 * issuer, date, area, and for land notices a one-line digest of the facts. Pure.
 */
import type { ChangeRecord } from '../model/change.ts';
import { categoryHeadings, subtypeLabels } from '../notify/labels.ts';
import { formatDateZh, oneLine, truncate } from '../notify/format.ts';
import { stageLabels } from '../projects/stages.ts';
import { absolute, pagePaths } from '../web/urls.ts';

export interface SummaryLine {
  label: string;
  value: string;
}

const LAND_LINE_CHARS = 160;

/** 新文件 · 土地征收 or 修订（第 2 版）· 土地征收. */
export function changeBadge(change: ChangeRecord): string {
  const kind = change.kind === 'revised' ? `修订（第 ${change.version} 版）` : '新文件';
  return `${kind} · ${subtypeLabels[change.subtype]}`;
}

export function areaName(change: ChangeRecord): string {
  const j = change.jurisdiction;
  return [j.province, j.city, j.county].filter((p): p is string => Boolean(p)).join('');
}

/** The land facts in one line: stage, project or place, area, the first dated deadline; null when there are none. */
export function landOneLiner(change: ChangeRecord): string | null {
  const land = change.land;
  if (!land) return null;
  const parts: string[] = [];
  if (land.stage && land.stage !== 'other') parts.push(stageLabels[land.stage]);
  const where = land.project ?? land.location;
  if (where) parts.push(oneLine(where));
  if (land.area) parts.push(`面积 ${oneLine(land.area)}`);
  const dated = land.deadlines.find((d) => d.date);
  if (dated?.date) parts.push(`期限 ${formatDateZh(dated.date)}${dated.purpose ? `（${oneLine(dated.purpose)}）` : ''}`);
  else if (land.deadlines.length > 0) parts.push(`期限：${oneLine(land.deadlines[0]!.text)}`);
  return parts.length > 0 ? truncate(parts.join('；'), LAND_LINE_CHARS) : null;
}

/** The labelled lines of a change, in reading order. */
export function summaryLines(change: ChangeRecord): SummaryLine[] {
  const lines: SummaryLine[] = [{ label: '类别', value: `${categoryHeadings[change.category]}（${changeBadge(change)}）` }];
  if (change.docNumber) lines.push({ label: '文号', value: oneLine(change.docNumber) });
  if (change.issuer) lines.push({ label: '发文机关', value: oneLine(change.issuer) });
  if (change.date) lines.push({ label: '日期', value: formatDateZh(change.date) });
  lines.push({ label: '地区', value: areaName(change) });
  const land = landOneLiner(change);
  if (land) lines.push({ label: '土地要素', value: land });
  if (change.appointments.length > 0) lines.push({ label: '任免', value: truncate([...new Set(change.appointments.map((a) => a.person))].join('、'), 80) });
  if (change.regulation?.effectiveDate) lines.push({ label: '施行日期', value: formatDateZh(change.regulation.effectiveDate) });
  return lines;
}

/** The lines as one plain-text summary (Atom <summary>). */
export function summaryText(change: ChangeRecord): string {
  return summaryLines(change)
    .map((l) => `${l.label}：${l.value}`)
    .join('\n');
}

/** Where a reader of a feed or a chat message opens the change: its page on the service. */
export function changePageUrl(publicBaseUrl: string, changeId: string): string {
  return absolute(publicBaseUrl, pagePaths.change(changeId));
}
