import { DynamoProjectRepository } from '../../store/dynamo/project-repository.ts';
import type { ProjectRepository } from '../../projects/ports.ts';
import { formatProjectList, formatTimeline } from '../../projects/format-text.ts';
import { buildTimeline } from '../../projects/timeline.ts';
import { shanghaiDay } from '../../util/shanghai-time.ts';
import { parseArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliIo } from '../command.ts';
import { connectRuntime } from '../connect.ts';

const USAGE = '用法 usage: gw projects list [--json] | gw projects show <projectId> [--json]';

/** The command over a repository (the tests give it one on the emulator). */
export async function runProjects(args: string[], io: CliIo, projects: ProjectRepository, now: Date): Promise<number> {
  const parsed = parseArgs(args, []);
  const [sub, id] = parsed.positional;
  const json = parsed.flags.has('json');
  if (sub === 'list') {
    const list = await projects.listProjects();
    io.stdout(json ? `${JSON.stringify(list, null, 2)}\n` : formatProjectList(list));
    return 0;
  }
  if (sub === 'show' && id) {
    const stored = await projects.get(id);
    if (!stored) throw new UsageError(`没有这个项目 no such project: ${id}`);
    const timeline = buildTimeline(stored.project, await projects.listStages(id), shanghaiDay(now));
    io.stdout(json ? `${JSON.stringify(timeline, null, 2)}\n` : formatTimeline(timeline));
    return 0;
  }
  throw new UsageError(USAGE);
}

export const command: CliCommand = {
  summary: '土地征收项目及其程序进展 land projects and their stages: projects list | show <projectId> [--json]',
  async run(args, io) {
    if (!['list', 'show'].includes(args[0] ?? '')) throw new UsageError(USAGE);
    const rt = await connectRuntime();
    return runProjects(args, io, new DynamoProjectRepository(rt.db, rt.config.tables.projects), rt.now());
  },
};
