import { adapters } from '../../../functions/runtime/runtime.ts';
import { categorySchema, type Category } from '../../model/document.ts';
import type { ChangeRecord } from '../../model/change.ts';
import { isoDateSchema } from '../../model/dates.ts';
import { shanghaiDay } from '../../util/shanghai-time.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { connectRuntime } from '../connect.ts';

const categoryNames: Record<Category, string> = { land: '土地', appointment: '任免', regulation: '法规', other: '其他' };
const DAY_MS = 24 * 3600 * 1000;

/** The days from `since` to `until` inclusive (YYYY-MM-DD), at most a year. */
export function daysBetween(since: string, until: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`); t <= Date.parse(`${until}T00:00:00Z`) && days.length < 366; t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export function formatChangeRow(c: ChangeRecord): string {
  const kind = c.kind === 'new' ? '新' : `修订 v${c.version}`;
  return `${c.day}  ${kind.padEnd(6)} ${categoryNames[c.category]}  ${c.title}${c.docNumber ? `（${c.docNumber}）` : ''}  — ${c.issuer ?? '?'}`;
}

export const command: CliCommand = {
  summary: '列出变更记录 list change records: changes list [--since YYYY-MM-DD] [--category land|appointment|regulation|other] [--json]',
  async run(args, io) {
    const parsed = parseArgs(args, ['since', 'category']);
    if (parsed.positional[0] !== 'list') throw new UsageError('用法 usage: gw changes list [--since YYYY-MM-DD] [--category …] [--json]');
    const rt = await connectRuntime();
    const today = shanghaiDay(rt.now());
    const since = flagValue(parsed, 'since') ?? shanghaiDay(new Date(rt.now().getTime() - 7 * DAY_MS));
    if (!isoDateSchema.safeParse(since).success) throw new UsageError(`--since 需要 YYYY-MM-DD: ${since}`);
    const categoryFlag = flagValue(parsed, 'category');
    const category = categoryFlag === undefined ? undefined : categorySchema.safeParse(categoryFlag);
    if (category && !category.success) throw new UsageError(`未知类别 unknown category: ${categoryFlag}`);

    const repo = adapters(rt).changes;
    const changes: ChangeRecord[] = [];
    for (const day of daysBetween(since, today)) changes.push(...(await repo.listByDay(day)));
    const selected = changes
      .filter((c) => !category?.success || c.category === category.data)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (parsed.flags.has('json')) {
      io.stdout(`${JSON.stringify(selected, null, 2)}\n`);
      return 0;
    }
    for (const c of selected) io.stdout(`${formatChangeRow(c)}\n`);
    io.stdout(`共 ${selected.length} 项变更 changes since ${since}\n`);
    return 0;
  },
};
