import { adapters, type Runtime } from '../../../functions/runtime/runtime.ts';
import type { Source } from '../../model/source.ts';
import { UsageError, type CliIo } from '../command.ts';
import { describeDiscovery, readSourceFiles } from './source-files.ts';

function validated(paths: string[], io: CliIo, usage: string): Source[] | null {
  if (paths.length === 0) throw new UsageError(usage);
  const { sources, errors } = readSourceFiles(paths);
  for (const e of errors) io.stderr(`✗ ${e}\n`);
  return errors.length > 0 ? null : sources;
}

/** `gw sources validate <file>…`: every file, every entry, division codes, ids unique across the files; counts per kind and province. */
export function runValidate(paths: string[], io: CliIo, usage: string): number {
  const sources = validated(paths, io, usage);
  if (!sources) return 1;
  const unverified = sources.filter((s) => s.unverified).length;
  io.stdout(`✓ ${sources.length} 个信息源有效 sources valid${unverified ? `（${unverified} 个地址未核实 unverified URLs）` : ''}\n`);
  if (paths.length > 1) {
    const provinces = new Set(sources.map((s) => s.jurisdiction.province));
    const provincialGazettes = sources.filter((s) => s.kind === 'gazette' && /0000$/.test(s.jurisdiction.divisionCode)).length;
    io.stdout(`  ${paths.length} 个文件 files · ${provinces.size} 个省份 provinces · 省政府公报 provincial gazettes ${provincialGazettes} · 其他 other ${sources.length - provincialGazettes}\n`);
    io.stdout(`  ${'省份 province'.padEnd(15)} 公报 gazettes  文件栏目 document lists  报纸 newspapers  合计 total\n`);
    for (const [province, list] of byProvince(sources)) {
      const count = (kind: Source['kind']) => String(list.filter((s) => s.kind === kind).length).padStart(5);
      io.stdout(`  ${province.padEnd(8, '　')} ${count('gazette')}         ${count('document-list')}              ${count('newspaper')}        ${String(list.length).padStart(4)}\n`);
    }
    return 0;
  }
  for (const s of sources) io.stdout(`  ${s.id.padEnd(22)} ${s.name}  ${describeDiscovery(s)}\n`);
  return 0;
}

/** Sources grouped by province, provinces in division-code order. */
function byProvince(sources: Source[]): [string, Source[]][] {
  const groups = new Map<string, Source[]>();
  for (const s of [...sources].sort((a, b) => a.jurisdiction.divisionCode.localeCompare(b.jurisdiction.divisionCode))) {
    groups.set(s.jurisdiction.province, [...(groups.get(s.jurisdiction.province) ?? []), s]);
  }
  return [...groups];
}

/** `gw sources add <file>…`: all or nothing — an invalid file adds none of them. */
export async function runAdd(paths: string[], io: CliIo, usage: string, connect: () => Promise<Runtime>): Promise<number> {
  const sources = validated(paths, io, usage);
  if (!sources) return 1;
  const repo = adapters(await connect()).sources;
  for (const s of sources) await repo.put(s);
  const ids = sources.map((s) => s.id);
  io.stdout(`✓ 已添加/更新 ${sources.length} 个信息源 sources added: ${ids.length > 12 ? `${ids.slice(0, 12).join(', ')} …` : ids.join(', ')}\n`);
  return 0;
}
