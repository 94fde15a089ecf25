import { readFileSync } from 'node:fs';
import { adapters } from '../../../functions/runtime/runtime.ts';
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
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => `[${i}] ${issue.path.join('.')}: ${issue.message}`));
      return;
    }
    try {
      parseCron(parsed.data.schedule);
    } catch (err) {
      errors.push(`[${i}] schedule: ${(err as Error).message}`);
      return;
    }
    sources.push(parsed.data);
  });
  const ids = sources.map((s) => s.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) errors.push(`重复的 id duplicate id: ${id}`);
  return { sources, errors };
}

function validated(path: string | undefined, io: CliIo): Source[] | null {
  if (!path) throw new UsageError(USAGE);
  const { sources, errors } = readSourceFile(path);
  for (const e of errors) io.stderr(`✗ ${e}\n`);
  return errors.length > 0 ? null : sources;
}

export const command: CliCommand = {
  summary: '信息源 sources: sources list | validate <file> | add <file>',
  async run(args, io) {
    const { positional } = parseArgs(args, []);
    const [action, file] = positional;
    if (action === 'validate') {
      const sources = validated(file, io);
      if (!sources) return 1;
      io.stdout(`✓ ${sources.length} 个信息源有效 sources valid${sources.some((s) => s.unverified) ? `（${sources.filter((s) => s.unverified).length} 个地址未核实 unverified URLs）` : ''}\n`);
      return 0;
    }
    if (action === 'add') {
      const sources = validated(file, io);
      if (!sources) return 1;
      const repo = adapters(await connectRuntime()).sources;
      for (const s of sources) await repo.put(s);
      io.stdout(`✓ 已添加/更新 ${sources.length} 个信息源 sources added: ${sources.map((s) => s.id).join(', ')}\n`);
      return 0;
    }
    if (action === 'list') {
      const repo = adapters(await connectRuntime()).sources;
      for (const s of await repo.list()) {
        const h = await repo.getHealth(s.id);
        const state = h.consecutiveFailures > 0 ? `✗ 连续失败 ${h.consecutiveFailures} 次：${h.lastError ?? ''}` : h.lastSuccessAt ? '✓ 正常' : '· 未抓取';
        io.stdout(`${s.id.padEnd(22)} ${s.name}  [${s.kind}] ${state}  最近新期次 last new issue: ${h.lastNewIssueAt ?? '—'}\n`);
      }
      return 0;
    }
    throw new UsageError(USAGE);
  },
};
