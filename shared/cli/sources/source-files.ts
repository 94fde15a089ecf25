import { readFileSync } from 'node:fs';
import { sourceSchema, type Source } from '../../model/source.ts';
import { jurisdictionProblems } from '../../registry/divisions.ts';
import { parseCron } from '../../stages/cron.ts';

export interface SourceFiles {
  sources: Source[];
  errors: string[];
}

/** Reads a source file (one source or an array), validating every entry, its schedule and its division code. */
export function readSourceFile(path: string): SourceFiles {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { sources: [], errors: [`${path}: 无法读取 JSON cannot read JSON — ${(err as Error).message}`] };
  }
  const entries = Array.isArray(data) ? data : [data];
  const sources: Source[] = [];
  const errors: string[] = [];
  entries.forEach((entry, i) => {
    const id = typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string' ? ` (${entry.id})` : '';
    const where = (field: string): string => `${path} [${i}]${id} ${field || '(整个条目 entry)'}`;
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => `${where(issue.path.join('.'))}: ${issue.message}`));
      return;
    }
    try {
      parseCron(parsed.data.schedule);
    } catch (err) {
      errors.push(`${where('schedule')}: ${(err as Error).message}`);
      return;
    }
    const d = parsed.data.discovery;
    if (d.method === 'html-index' || d.method === 'feed') {
      try {
        new RegExp(d.linkPattern ?? '');
      } catch (err) {
        errors.push(`${where('discovery.linkPattern')}: 不是有效的正则表达式 not a valid regular expression — ${(err as Error).message}`);
        return;
      }
    }
    const problems = jurisdictionProblems(parsed.data.jurisdiction);
    if (problems.length > 0) {
      errors.push(...problems.map((p) => `${where('jurisdiction')}: ${p}`));
      return;
    }
    sources.push(parsed.data);
  });
  errors.push(...duplicateIds(sources).map((id) => `${path}: 重复的 id duplicate id: ${id}`));
  return { sources, errors };
}

const duplicateIds = (sources: Source[]): string[] => {
  const count = new Map<string, number>();
  for (const s of sources) count.set(s.id, (count.get(s.id) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([id]) => id);
};

/** Several source files as one registry: each file validated, and no id used by two files. */
export function readSourceFiles(paths: readonly string[]): SourceFiles {
  const sources: Source[] = [];
  const errors: string[] = [];
  const fileOf = new Map<string, string>();
  for (const path of paths) {
    const one = readSourceFile(path);
    errors.push(...one.errors);
    for (const s of one.sources) {
      const other = fileOf.get(s.id);
      if (other !== undefined && other !== path) errors.push(`${path}: 重复的 id duplicate id: ${s.id}（已在 also in ${other}）`);
      fileOf.set(s.id, path);
      sources.push(s);
    }
  }
  return { sources, errors };
}

/** One line saying how a source is discovered. */
export function describeDiscovery(s: Source): string {
  const d = s.discovery;
  switch (d.method) {
    case 'html-index':
      return `索引页 html-index ${d.indexUrl}`;
    case 'feed':
      return `订阅源 feed ${d.feedUrl}`;
    case 'dated-url':
      return `日期地址 dated-url ${d.urlTemplate}（回溯 ${d.lookbackDays} 天）`;
    case 'paginated-list':
      return `分页列表 paginated-list ${d.indexUrl}（最多 ${d.maxPages} 页）`;
    case 'trs-list':
      return `TRS 列表 trs-list ${d.indexUrl}（最多 ${d.maxPages} 页）`;
    case 'hanweb-jpage':
      return `大汉 jpage hanweb-jpage ${d.indexUrl}`;
    case 'json-list':
      return `JSON 列表 json-list ${d.listUrl}`;
    case 'detail-attachments':
      return `详情页附件 detail-attachments（每轮 ${d.maxDetails} 篇）← ${describeDiscovery({ ...s, discovery: d.list })}`;
  }
}
