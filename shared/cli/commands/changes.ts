import { adapters } from '../../../functions/runtime/runtime.ts';
import { categorySchema, type Category } from '../../model/document.ts';
import type { ChangeRecord } from '../../model/change.ts';
import { isoDateSchema } from '../../model/dates.ts';
import type { ChangeRepository } from '../../store/ports.ts';
import { shanghaiDay } from '../../util/shanghai-time.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliIo } from '../command.ts';
import { connectRuntime, lastLocalRun } from '../connect.ts';
import { progressReporter, type ProgressReporter } from '../progress.ts';
import { formatChange, type TextBases } from '../change-text.ts';
import { apiChange } from '../../api/present.ts';

const categoryNames: Record<Category, string> = { land: '土地', appointment: '任免', regulation: '法规', other: '其他' };
const DAY_MS = 24 * 3600 * 1000;
const USAGE = '用法 usage: gw changes list [--since YYYY-MM-DD [--until YYYY-MM-DD]] [--category land|appointment|regulation|other] [--json] | gw changes show <变更 id> [--json]';
/** Without a last run to show (a deployed stack), how far back to look for the latest day with changes. */
const LOOKBACK_DAYS = 60;

/** Every day from `since` to `until` inclusive (YYYY-MM-DD): the whole range, however long. */
export function daysBetween(since: string, until: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`); t <= Date.parse(`${until}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export function formatChangeRow(c: ChangeRecord): string {
  const kind = c.kind === 'new' ? '新' : `修订 v${c.version}`;
  return `${c.day}  ${kind.padEnd(6)} ${categoryNames[c.category]}  ${c.title}${c.docNumber ? `（${c.docNumber}）` : ''}${c.issuer ? `  — ${c.issuer}` : ''}`;
}

/** The changes filed under each day of the range, in order; progress on a terminal. */
export async function changesInRange(repo: Pick<ChangeRepository, 'listByDay'>, since: string, until: string, progress?: ProgressReporter): Promise<ChangeRecord[]> {
  const days = daysBetween(since, until);
  const out: ChangeRecord[] = [];
  for (const [i, day] of days.entries()) {
    progress?.update(i, days.length, day);
    out.push(...(await repo.listByDay(day)));
  }
  progress?.update(days.length, days.length);
  progress?.end();
  return out;
}

export interface Selection {
  changes: ChangeRecord[];
  /** What was looked at, in words: shown with the count, so 0 is never silent. */
  scope: string;
}

/** The default selection: the last local run's changes, else the latest day with changes in the last 60 days. */
export async function latestChanges(repo: Pick<ChangeRepository, 'listByDay'>, today: string, lastRun: { cycle: number; days: string[]; changeIds: string[] } | null): Promise<Selection> {
  if (lastRun) {
    const ids = new Set(lastRun.changeIds);
    const changes: ChangeRecord[] = [];
    for (const day of lastRun.days) changes.push(...(await repo.listByDay(day)).filter((c) => ids.has(c.changeId)));
    return { changes, scope: `上一次运行（第 ${lastRun.cycle} 轮）的变更 changes of the last run (cycle ${lastRun.cycle})` };
  }
  const start = Date.parse(`${today}T00:00:00Z`);
  for (let back = 0; back < LOOKBACK_DAYS; back++) {
    const day = new Date(start - back * DAY_MS).toISOString().slice(0, 10);
    const changes = await repo.listByDay(day);
    if (changes.length > 0) return { changes, scope: `最近有变更的一天 ${day} the latest day with changes` };
  }
  return { changes: [], scope: `最近 ${LOOKBACK_DAYS} 天 the last ${LOOKBACK_DAYS} days（更早的请用 --since for older ones use --since）` };
}

function dateFlag(value: string | undefined, name: string): string | undefined {
  const t = value === undefined ? Number.NaN : Date.parse(`${value}T00:00:00Z`);
  const real = value !== undefined && isoDateSchema.safeParse(value).success && !Number.isNaN(t) && new Date(t).toISOString().startsWith(value);
  if (value !== undefined && !real) throw new UsageError(`--${name} 需要 YYYY-MM-DD needs a date: ${value}`);
  return value;
}

/** Change ids are 24 hex digits (derived from document key and version). */
const CHANGE_ID = /^[0-9a-f]{24}$/;

/** `gw changes show <id>`: one change with its facts, revision and links (pages, original, archive). */
export async function showChange(args: string[], io: CliIo, repo: Pick<ChangeRepository, 'get'>, bases: TextBases): Promise<number> {
  const parsed = parseArgs(args, []);
  const id = parsed.positional[1];
  if (parsed.positional[0] !== 'show' || !id || parsed.positional.length > 2) throw new UsageError(USAGE);
  if (!CHANGE_ID.test(id)) throw new UsageError(`变更 id 应为 24 位十六进制 a change id is 24 hex digits: ${id}（gw changes list 列出 lists them）`);
  const change = await repo.get(id);
  if (!change) throw new UsageError(`没有这个变更 no such change: ${id}`);
  io.stdout(parsed.flags.has('json') ? `${JSON.stringify(apiChange(change, bases), null, 2)}\n` : formatChange(change, bases));
  return 0;
}

export const command: CliCommand = {
  summary: '变更记录 change records: changes list（默认上一次运行 default: the last run）[--since YYYY-MM-DD] [--category …] [--json] | show <id> [--json]',
  async run(args, io) {
    if (args[0] === 'show') {
      const rt = await connectRuntime();
      return showChange(args, io, adapters(rt).changes, { publicBaseUrl: rt.config.publicBaseUrl, archiveBaseUrl: rt.archiveBaseUrl });
    }
    const parsed = parseArgs(args, ['since', 'until', 'category']);
    if (parsed.positional[0] !== 'list') throw new UsageError(USAGE);
    const since = dateFlag(flagValue(parsed, 'since'), 'since');
    const untilFlag = dateFlag(flagValue(parsed, 'until'), 'until');
    if (untilFlag !== undefined && since === undefined) throw new UsageError(`--until 需要同时给出 --since needs --since. ${USAGE}`);
    const categoryFlag = flagValue(parsed, 'category');
    const category = categoryFlag === undefined ? undefined : categorySchema.safeParse(categoryFlag);
    if (category && !category.success) throw new UsageError(`未知类别 unknown category: ${categoryFlag}（land、appointment、regulation、other）`);

    const rt = await connectRuntime();
    const repo = adapters(rt).changes;
    const today = shanghaiDay(rt.now());
    const lastRun = lastLocalRun();
    let selection: Selection;
    if (since !== undefined) {
      // The local cloud's second cycle runs a week ahead: the range reaches its days too.
      const latestRunDay = [...(lastRun?.days ?? [])].sort().pop();
      const until = untilFlag ?? (latestRunDay && latestRunDay > today ? latestRunDay : today);
      if (since > until) throw new UsageError(`--since ${since} 晚于 is after ${until}`);
      const changes = await changesInRange(repo, since, until, progressReporter('读取变更 reading changes'));
      selection = { changes, scope: `${since} 至 to ${until}（${daysBetween(since, until).length} 天 days）` };
    } else {
      selection = await latestChanges(repo, today, lastRun);
    }
    const selected = selection.changes
      .filter((c) => !category?.success || c.category === category.data)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (parsed.flags.has('json')) {
      io.stdout(`${JSON.stringify(selected, null, 2)}\n`);
      return 0;
    }
    for (const c of selected) io.stdout(`${formatChangeRow(c)}  ${c.changeId}\n`);
    const filtered = category?.success ? `，类别 category ${categoryFlag}` : '';
    io.stdout(`共 ${selected.length} 项变更 changes · ${selection.scope}${filtered}\n`);
    return 0;
  },
};
