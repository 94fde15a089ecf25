/**
 * `npm run chaos [-- --runs 5 --seed 1 --rate 0.05 --sources a,b]`: the fault-injection suite on the local
 * cloud. Progress and every finding go to stderr; stdout gets exactly one line:
 * `chaos: runs=N faults=F lost=0 duplicates=0 stuck=0`. Exit 1 unless lost, duplicates and stuck are 0.
 */
import './quiet-env.ts';
import '../../infra/local/local-env.ts';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { runChaosSuite } from './suite.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' }, rate: { type: 'string' }, sources: { type: 'string' }, rounds: { type: 'string' } },
});
const args = z
  .object({
    runs: z.coerce.number().int().positive().default(5),
    seed: z.coerce.number().int().nonnegative().default(1),
    rate: z.coerce.number().min(0).max(0.5).default(0.05),
    rounds: z.coerce.number().int().nonnegative().default(3),
    sources: z.string().optional(),
  })
  .parse(values);

const result = await runChaosSuite({
  runs: args.runs,
  seed: args.seed,
  rate: args.rate,
  rounds: args.rounds,
  sources: args.sources?.split(',').filter(Boolean),
  log: (line) => process.stderr.write(`${line}\n`),
});
for (const d of result.details) process.stderr.write(`  ${d}\n`);
process.stdout.write(`${result.line}\n`);
process.exitCode = result.lost + result.duplicates + result.stuck === 0 ? 0 : 1;
