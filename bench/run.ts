/**
 * `npm run bench`: runs every suite in bench/suites/, prints a table and writes bench/results.json.
 * Exit code 1 when a result misses its budget.
 */
import '../infra/local/local-env.ts';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { withinBudget, type BenchResult, type BenchSuite } from './result.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const { suite } = (await import(pathToFileURL(join(here, 'suites', file)).href)) as { suite: BenchSuite };
  process.stderr.write(`▶ ${suite.title} …\n`);
  const t0 = performance.now();
  const rows = await suite.run();
  results.push(...rows);
  process.stderr.write(`  完成 done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  platform: `${platform()}-${arch()}`,
  node: process.version,
  at: new Date().toISOString(),
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3));
console.log(`\n${'name'.padEnd(48)} ${'value'.padStart(10)} ${'unit'.padEnd(8)} ${'budget'.padStart(10)}  ok`);
for (const r of results) {
  const budget = r.budget === null ? '—' : `${r.better === 'lower' ? '≤' : '≥'}${fmt(r.budget)}`;
  console.log(`${r.name.padEnd(48)} ${fmt(r.value).padStart(10)} ${r.unit.padEnd(8)} ${budget.padStart(10)}  ${withinBudget(r) ? '✓' : '✗'}`);
}
const missed = results.filter((r) => !withinBudget(r));
console.log(`\n${results.length} results, ${missed.length} over budget → bench/results.json`);
process.exitCode = missed.length > 0 ? 1 : 0;
