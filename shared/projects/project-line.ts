/** The alert's project line: which project a new stage belongs to and which stages came before it. Pure. */
import type { ChangeRecord } from '../model/change.ts';
import type { ProjectRef } from './project-model.ts';
import { stageLabels } from './stages.ts';

const dateShort = (iso: string | null): string => (iso ? iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : '日期不详');

export function projectLine(ref: ProjectRef): string {
  const before = ref.earlier.length === 0 ? '本项目首次发现的文件' : `此前：${ref.earlier.map((s) => `${stageLabels[s.stage]}（${dateShort(s.date)}）`).join(' → ')}`;
  const why = ref.reasons.length > 0 && ref.earlier.length > 0 ? `；关联依据：${ref.reasons.slice(0, 3).join('；')}（可信度 ${Math.round(ref.confidence * 100)}%）` : '';
  return `${ref.name}｜${before}${why}`;
}

/** `#page=N` for a PDF original whose document starts on a known page. */
export function pageFragment(change: Pick<ChangeRecord, 'project'>, rawKey: string): string {
  const page = change.project?.page;
  return page && rawKey.endsWith('.pdf') ? `#page=${page}` : '';
}
