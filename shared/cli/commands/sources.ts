import type { Runtime } from '../../../functions/runtime/runtime.ts';
import { parseArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { connectRuntime } from '../connect.ts';
import { runAdd, runValidate } from '../sources/files.ts';
import { runList } from '../sources/list.ts';
import { runProbe } from '../sources/probe.ts';
import { runVerify } from '../sources/verify.ts';

export { readSourceFile } from '../sources/source-files.ts';

const USAGE = '用法 usage: gw sources list | validate <file.json> | add <file.json> | probe <url> | verify <id>… | --all';

/** `gw sources`, over whichever runtime `connect` gives (the running local cloud, or production). */
export function createSourcesCommand(connect: () => Promise<Runtime>): CliCommand {
  return {
    summary: '信息源 sources: sources list | validate <file>… | add <file>… | probe <url> | verify <id>',
    async run(args, io) {
      const [action, ...rest] = args;
      const files = () => parseArgs(rest, []).positional;
      if (action === 'validate') return runValidate(files(), io, USAGE);
      if (action === 'add') return runAdd(files(), io, USAGE, connect);
      if (action === 'list') return runList(rest, io, connect);
      if (action === 'probe') return runProbe(rest, io);
      if (action === 'verify') return runVerify(rest, io, connect);
      throw new UsageError(USAGE);
    },
  };
}

export const command: CliCommand = createSourcesCommand(() => connectRuntime());
