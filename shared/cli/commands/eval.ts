/**
 * gw eval [--corpus DIR] [--out FILE] [--failures N] [--json] [--raise-floor]
 * Scores the pipeline's reading and classification against the hand-labelled corpus (../shared/corpus)
 * and the sample site's files; prints a table and writes the whole report (bench/eval.json by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CorpusError, projectRoot } from '../../eval/corpus.ts';
import { belowFloor, raiseFloor, readFloor } from '../../eval/floor.ts';
import { renderReport } from '../../eval/report-table.ts';
import { runEval } from '../../eval/run-eval.ts';
import { flagValue, parseArgs } from '../args.ts';
import { UsageError, type CliCommand, type CliIo } from '../command.ts';

const USAGE = '用法 usage: gw eval [--corpus DIR] [--out FILE] [--failures N] [--json] [--raise-floor]';

export const command: CliCommand = {
  summary: '在标注语料上评测解析与分类 score reading and classifying against the labelled corpus',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args, ['corpus', 'out', 'failures']);
    if (parsed.positional.length > 0) throw new UsageError(USAGE);
    const failures = Number(flagValue(parsed, 'failures') ?? '3');
    if (!Number.isInteger(failures) || failures < 0) throw new UsageError(`--failures 需要非负整数 needs a whole number ≥ 0\n${USAGE}`);
    const out = flagValue(parsed, 'out') ?? join(projectRoot, 'bench', 'eval.json');
    const tty = process.stderr.isTTY === true;
    try {
      const corpusDir = flagValue(parsed, 'corpus');
      const report = await runEval({
        ...(corpusDir ? { corpusDir } : {}),
        onProgress: tty ? (done, total) => process.stderr.write(`\r评测中 evaluating ${done}/${total}${done === total ? '\n' : ''}`) : undefined,
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
      io.stdout(parsed.flags.has('json') ? `${JSON.stringify(report)}\n` : `${renderReport(report, failures)}报告 report: ${out}\n`);
      if (parsed.flags.has('raise-floor')) {
        const moved = raiseFloor(report.metrics);
        io.stderr(moved.length ? `底线已提高 floor raised:\n  ${moved.join('\n  ')}\n` : '底线未变 floor unchanged\n');
      }
      const below = belowFloor(report.metrics, readFloor());
      for (const b of below) io.stderr(`低于底线 below floor: ${b.metric.name} ${b.metric.value.toFixed(3)} < ${b.floor ?? '(无底线 no floor)'}\n`);
      return report.metrics.some((m) => m.name === 'crashes' && m.value > 0) ? 1 : 0;
    } catch (err) {
      if (err instanceof CorpusError) {
        io.stderr(`错误 error: ${err.message}\n`);
        return 1;
      }
      throw err;
    }
  },
};
