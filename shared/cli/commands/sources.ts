import { readFileSync } from 'node:fs';
import { adapters, type Runtime } from '../../../functions/runtime/runtime.ts';
import { sourceSchema, type Source } from '../../model/source.ts';
import { parseCron } from '../../stages/cron.ts';
import { parseArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliIo } from '../command.ts';
import { connectRuntime } from '../connect.ts';

const USAGE = '用法 usage: gw sources list | validate <file.json> | add <file.json>';

/** Reads a source file (one source or an array), validating every entry and its schedule. */
export function readSourceFile(path: string): { sources: Source[]; errors: string[] } {
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
    try {
      if (parsed.data.discovery.method !== 'dated-url') new RegExp(parsed.data.discovery.linkPattern ?? '');
    } catch (err) {
      errors.push(`${where('discovery.linkPattern')}: 不是有效的正则表达式 not a valid regular expression — ${(err as Error).message}`);
      return;
    }
    sources.push(parsed.data);
  });
  const ids = sources.map((s) => s.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) errors.push(`${path}: 重复的 id duplicate id: ${id}`);
  return { sources, errors };
}

function validated(path: string | undefined, io: CliIo): Source[] | null {
  if (!path) throw new UsageError(USAGE);
  const { sources, errors } = readSourceFile(path);
  for (const e of errors) io.stderr(`✗ ${e}\n`);
  return errors.length > 0 ? null : sources;
}

const describeDiscovery = (s: Source): string => {
  const d = s.discovery;
  if (d.method === 'html-index') return `索引页 html-index ${d.indexUrl}`;
  if (d.method === 'feed') return `订阅源 feed ${d.feedUrl}`;
  return `日期地址 dated-url ${d.urlTemplate}（回溯 ${d.lookbackDays} 天）`;
};

/** `gw sources`, over whichever runtime `connect` gives (the running local cloud, or production). */
export function createSourcesCommand(connect: () => Promise<Runtime>): CliCommand {
  return {
    summary: '信息源 sources: sources list | validate <file> | add <file>',
    async run(args, io) {
      const { positional } = parseArgs(args, []);
      const [action, file] = positional;
      if (action === 'validate') {
        const sources = validated(file, io);
        if (!sources) return 1;
        const unverified = sources.filter((s) => s.unverified).length;
        io.stdout(`✓ ${sources.length} 个信息源有效 sources valid${unverified ? `（${unverified} 个地址未核实 unverified URLs）` : ''}\n`);
        for (const s of sources) io.stdout(`  ${s.id.padEnd(22)} ${s.name}  ${describeDiscovery(s)}\n`);
        return 0;
      }
      if (action === 'add') {
        const sources = validated(file, io);
        if (!sources) return 1;
        const repo = adapters(await connect()).sources;
        for (const s of sources) await repo.put(s);
        io.stdout(`✓ 已添加/更新 ${sources.length} 个信息源 sources added: ${sources.map((s) => s.id).join(', ')}\n`);
        return 0;
      }
      if (action === 'list') {
        const repo = adapters(await connect()).sources;
        const sources = await repo.list();
        if (sources.length === 0) io.stdout('（没有信息源 no sources — gw sources add <file.json>）\n');
        for (const s of sources) {
          const h = await repo.getHealth(s.id);
          const state = h.consecutiveFailures > 0 ? `✗ 连续失败 ${h.consecutiveFailures} 次：${h.lastError ?? ''}` : h.lastSuccessAt ? '✓ 正常' : '· 未抓取';
          io.stdout(`${s.id.padEnd(22)} ${s.name}  [${s.kind}] ${state}  最近成功 last success: ${h.lastSuccessAt ?? '—'}  最近新期次 last new issue: ${h.lastNewIssueAt ?? '—'}\n`);
          io.stdout(`${''.padEnd(22)} ${describeDiscovery(s)}\n`);
        }
        return 0;
      }
      throw new UsageError(USAGE);
    },
  };
}

export const command: CliCommand = createSourcesCommand(() => connectRuntime());
