import { adapters, type Runtime } from '../../../functions/runtime/runtime.ts';
import { healthByProvince, readSourceHealths, sourceStatuses, type SourceStatus } from '../../registry/province-health.ts';
import { flagValue, parseArgs } from '../args.ts';
import type { CliIo } from '../command.ts';
import { describeDiscovery } from './source-files.ts';

const stateText = (s: SourceStatus): string => {
  const h = s.health;
  if (s.state === 'broken') return `✗ 连续失败 ${h.consecutiveFailures} 次：${h.lastError ?? ''}`;
  if (s.state === 'quiet') return s.quietDays === null ? '◌ 安静 quiet：从未发现新期次 never a new issue' : `◌ 安静 quiet：${s.quietDays} 天无新期次`;
  return s.state === 'ok' ? '✓ 正常' : '· 未抓取';
};

const verifiedText = (s: SourceStatus): string => {
  const v = s.health.verification;
  if (!v) return s.source.unverified ? '地址未核实 unverified' : '';
  return v.ok ? `已核实 verified ${v.at.slice(0, 10)}（${v.issues} 期）` : `核实失败 verify failed ${v.at.slice(0, 10)}：${v.error ?? ''}`;
};

/**
 * `gw sources list [--province 省名] [--problems] [--quiet-days N]`: sources grouped by province, each province
 * with its counts (total, ok, broken, quiet, never fetched); --problems shows only broken and quiet sources.
 */
export async function runList(args: string[], io: CliIo, connect: () => Promise<Runtime>): Promise<number> {
  const parsed = parseArgs(args, ['province', 'quiet-days']);
  const province = flagValue(parsed, 'province');
  const quietDays = Number(flagValue(parsed, 'quiet-days') ?? 14);
  const onlyProblems = parsed.flags.has('problems');
  const rt = await connect();
  const { sources, healths } = await readSourceHealths(adapters(rt).sources);
  if (sources.length === 0) {
    io.stdout('（没有信息源 no sources — gw sources add <file.json>）\n');
    return 0;
  }
  const groups = healthByProvince(sourceStatuses(sources, healths, rt.now(), quietDays)).filter((g) => !province || g.province.includes(province));
  const totals = { total: 0, ok: 0, broken: 0, quiet: 0, unchecked: 0 };
  for (const g of groups) {
    totals.total += g.total;
    totals.ok += g.ok;
    totals.broken += g.broken.length;
    totals.quiet += g.quiet.length;
    totals.unchecked += g.unchecked.length;
    io.stdout(`${g.province}  共 ${g.total} · 正常 ${g.ok} · 失败 ${g.broken.length} · 安静 ${g.quiet.length} · 未抓取 ${g.unchecked.length}\n`);
    for (const s of g.statuses) {
      if (onlyProblems && s.state !== 'broken' && s.state !== 'quiet') continue;
      const h = s.health;
      io.stdout(`  ${s.source.id.padEnd(22)} ${s.source.name}  [${s.source.kind}] ${stateText(s)}  最近成功 last success: ${h.lastSuccessAt ?? '—'}  最近新期次 last new issue: ${h.lastNewIssueAt ?? '—'}\n`);
      io.stdout(`  ${''.padEnd(22)} ${describeDiscovery(s.source)}  ${verifiedText(s)}\n`);
    }
  }
  io.stdout(
    `合计 total: ${groups.length} 个省份 provinces, ${totals.total} 个信息源 sources — 正常 ok ${totals.ok}, 失败 broken ${totals.broken}, 安静 quiet ${totals.quiet}, 未抓取 unchecked ${totals.unchecked}\n`,
  );
  return 0;
}
