import { writeFileSync } from 'node:fs';
import { sourceSchema } from '../../model/source.ts';
import { probeSource } from '../../registry/probe-source.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliIo } from '../command.ts';
import { cliGet } from './http.ts';

export const PROBE_USAGE =
  '用法 usage: gw sources probe <url> [--division 6位代码] [--name 名称] [--id id] [--kind gazette|document-list|newspaper] [--out file.json] [--allow-private] [--show N]';

const kindSchema = sourceSchema.shape.kind;

/** `gw sources probe <url>`: recognise the page's family, list the issues it would find, write a ready definition. */
export async function runProbe(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, ['division', 'name', 'id', 'kind', 'out', 'show']);
  const url = parsed.positional[0];
  if (!url || !/^https?:\/\//i.test(url)) throw new UsageError(PROBE_USAGE);
  const kindFlag = flagValue(parsed, 'kind');
  const kind = kindFlag === undefined ? undefined : kindSchema.safeParse(kindFlag);
  if (kind && !kind.success) throw new UsageError(`--kind 应为 gazette | document-list | newspaper: ${kindFlag}`);
  const show = Number(flagValue(parsed, 'show') ?? 10);

  const get = cliGet({ allowPrivate: parsed.flags.has('allow-private') });
  const result = await probeSource(url, get, {
    divisionCode: flagValue(parsed, 'division'),
    name: flagValue(parsed, 'name'),
    id: flagValue(parsed, 'id'),
    kind: kind?.data,
  });
  if (!result.ok) {
    io.stderr(`✗ ${result.reason}\n`);
    return 1;
  }
  io.stdout(`识别为 family: ${result.family}\n`);
  for (const e of result.evidence) io.stdout(`  · ${e}\n`);
  io.stdout(`找到 ${result.issues.length} 个期次 issues found${result.issues.length > show ? `（显示前 ${show} 个 first ${show}）` : ''}:\n`);
  for (const i of result.issues.slice(0, show)) io.stdout(`  ${(i.publishedAt?.slice(0, 10) ?? '—').padEnd(10)}  ${i.title ?? '（无标题 untitled）'}\n  ${''.padEnd(10)}  ${i.url}\n`);
  for (const p of result.problems) io.stderr(`! ${p}\n`);
  if (!result.source) return 1;
  const json = `${JSON.stringify([result.source], null, 2)}\n`;
  const out = flagValue(parsed, 'out');
  if (out) {
    writeFileSync(out, json);
    io.stdout(`✓ 信息源定义已写入 definition written: ${out}（gw sources add ${out}）\n`);
  } else io.stdout(json);
  return result.issues.length > 0 ? 0 : 1;
}
