import { adapters, type Runtime } from '../../../functions/runtime/runtime.ts';
import { recordVerification, verifyDiscovery } from '../../registry/verify-source.ts';
import { parseArgs } from '../args.ts';
import { UsageError, type CliIo } from '../command.ts';
import { cliGet } from './http.ts';

export const VERIFY_USAGE = '用法 usage: gw sources verify <id>… | --all [--allow-private]';

/** `gw sources verify`: one discovery run per source; the result goes on its health, and its unverified mark follows it. */
export async function runVerify(args: string[], io: CliIo, connect: () => Promise<Runtime>): Promise<number> {
  const parsed = parseArgs(args, []);
  if (parsed.positional.length === 0 && !parsed.flags.has('all')) throw new UsageError(VERIFY_USAGE);
  const rt = await connect();
  const repo = adapters(rt).sources;
  const all = await repo.list();
  const wanted = parsed.flags.has('all') ? all : parsed.positional.map((id) => all.find((s) => s.id === id) ?? id);
  const get = cliGet({ allowPrivate: parsed.flags.has('allow-private') });
  let failures = 0;
  for (const s of wanted) {
    if (typeof s === 'string') {
      io.stderr(`✗ ${s}: 未知信息源 unknown source\n`);
      failures++;
      continue;
    }
    const result = await verifyDiscovery(s, get, rt.now());
    await recordVerification(repo, s, result);
    if (result.ok) io.stdout(`✓ ${s.id.padEnd(28)} 已核实 verified: ${result.issues} 个期次 issues\n`);
    else {
      failures++;
      io.stdout(`✗ ${s.id.padEnd(28)} 核实失败 failed: ${result.error ?? ''}\n`);
    }
  }
  io.stdout(`核实 ${wanted.length} 个，失败 ${failures} 个 verified ${wanted.length - failures}/${wanted.length}\n`);
  return failures > 0 ? 1 : 0;
}
