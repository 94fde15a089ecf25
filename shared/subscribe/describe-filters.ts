/** Filters in words (Chinese), for the confirmation mail and the result pages. */
import type { Filters, Frequency } from '../model/subscription.ts';
import { categoryHeadings, subtypeLabels } from '../notify/labels.ts';
import { isDivisionCode, resolveArea } from '../notify/jurisdiction.ts';

export const frequencyLabels: Record<Frequency, string> = {
  immediate: '即时提醒（有新文件即发）',
  daily: '每日摘要',
  weekly: '每周摘要',
};

/** A jurisdiction term as a reader knows it: a code becomes its name (141102 → 离石区). */
export function jurisdictionLabel(term: string): string {
  if (!isDivisionCode(term)) return term;
  const area = resolveArea(term)[0];
  return area && area.name !== term ? area.name : term;
}

/** One line per filter that is set; an empty filter set means "everything". */
export function describeFilters(filters: Filters, frequency: Frequency): string[] {
  const lines: string[] = [];
  const list = (items: string[]) => items.join('、');
  lines.push(`类别：${filters.categories.length > 0 ? list(filters.categories.map((c) => categoryHeadings[c])) : '全部'}`);
  if (filters.subtypes.length > 0) lines.push(`细分类型：${list(filters.subtypes.map((s) => subtypeLabels[s]))}`);
  lines.push(`地区：${filters.jurisdictions.length > 0 ? list(filters.jurisdictions.map(jurisdictionLabel)) : '不限'}`);
  if (filters.issuers.length > 0) lines.push(`发文机关：${list(filters.issuers)}`);
  if (filters.keywordsAny.length > 0) lines.push(`含任一关键词：${list(filters.keywordsAny)}`);
  if (filters.keywordsAll.length > 0) lines.push(`须含全部关键词：${list(filters.keywordsAll)}`);
  if (filters.keywordsExcluded.length > 0) lines.push(`排除关键词：${list(filters.keywordsExcluded)}`);
  if (filters.places.length > 0) lines.push(`关注地名或项目：${list(filters.places)}`);
  lines.push(`发送频率：${frequencyLabels[frequency]}`);
  return lines;
}
