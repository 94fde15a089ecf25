/**
 * gazette-watch CLI: `npm run -s gw -- <command> [args]` or the `gazette-watch` bin.
 * Each command lives in ./commands/<name>.ts and exports `command: CliCommand`.
 */
import './quiet-sdk.ts';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError, type CliCommand, type CliIo } from './command.ts';

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand | null> {
  if (!/^[a-z][a-z-]*$/.test(name) || !commandNames().includes(name)) return null;
  const mod = (await import(pathToFileURL(join(commandsDir, `${name}.ts`)).href)) as { command?: CliCommand };
  return mod.command ?? null;
}

async function help(io: CliIo): Promise<number> {
  io.stdout('公报哨兵 gazette-watch — 命令 / commands:\n');
  for (const name of commandNames()) {
    const cmd = await loadCommand(name);
    if (cmd) io.stdout(`  gw ${name.padEnd(12)} ${cmd.summary}\n`);
  }
  return 0;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') return help(io);
  const cmd = await loadCommand(name);
  if (!cmd) {
    io.stderr(`未知命令 unknown command: ${name}（gw help 查看全部命令）\n`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`错误 error: ${err.message}\n`);
      return 2;
    }
    io.stderr(`失败 failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
