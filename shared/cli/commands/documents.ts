import { webReads } from '../../../functions/runtime/web-deps.ts';
import { apiDocument, apiVersions } from '../../api/present.ts';
import { documentKeySchema } from '../../api/schemas.ts';
import { loadDocument } from '../../web/document-data.ts';
import type { WebDeps } from '../../web/deps.ts';
import { parseArgs } from '../args.ts';
import { formatHistory } from '../change-text.ts';
import { UsageError, type CliCommand, type CliIo } from '../command.ts';
import { connectRuntime } from '../connect.ts';

const USAGE = '用法 usage: gw documents history <文件键 document key, e.g. n:…> [--json]';

type Reads = Pick<WebDeps, 'documents' | 'changes' | 'issues' | 'sources' | 'publicBaseUrl' | 'archiveBaseUrl'>;

/** The command over stored reads (the tests give it the emulator's). */
export async function runDocuments(args: string[], io: CliIo, reads: Reads): Promise<number> {
  const parsed = parseArgs(args, []);
  const [sub, key] = parsed.positional;
  if (sub !== 'history' || !key) throw new UsageError(USAGE);
  const checked = documentKeySchema.safeParse(key);
  if (!checked.success) throw new UsageError(`${checked.error.issues[0]?.message ?? '文件键无效 invalid key'}: ${key}`);
  const data = await loadDocument(checked.data, reads);
  if (!data) throw new UsageError(`没有这个文件 no such document: ${key}`);
  if (parsed.flags.has('json')) {
    io.stdout(`${JSON.stringify({ document: apiDocument(data, reads).document, versions: apiVersions(data, reads).versions }, null, 2)}\n`);
    return 0;
  }
  io.stdout(formatHistory(data, reads));
  return 0;
}

export const command: CliCommand = {
  summary: '文件的全部版本与刊登记录 a document’s versions and appearances: documents history <key> [--json]',
  async run(args, io) {
    if (args[0] !== 'history') throw new UsageError(USAGE);
    return runDocuments(args, io, webReads(await connectRuntime()));
  },
};
