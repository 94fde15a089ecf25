/**
 * `npm run bench`: runs every suite in bench/suites/, prints a table and writes bench/results.json.
 * Exit code 1 when a result misses its budget.
 */
import '../infra/local/local-env.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inDependencyOrder } from './suite-order.ts';
import { EARLIER_RESULTS_ENV, RESULTS_FILE, resultsFileRows, type StoredRow } from './earlier-results.ts';
import { withinBudget, type BenchResult, type BenchSuite } from './result.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.includes('--suite') ? [] : process.argv.slice(2);
const files = inDependencyOrder(
  readdirSync(join(here, 'suites'))
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort(),
);
const handOver = join(mkdtempSync(join(tmpdir(), 'gw-bench-run-')), 'earlier.json');

/**
 * Each suite runs in a fresh Node process: suites that start emulators or spawn bundles leave heaps and
 * timers behind that would skew the throughput of the next one.
 */
function runSuiteInChild(file: string, earlier: BenchResult[]): BenchResult[] {
  const out = join(mkdtempSync(join(tmpdir(), 'gw-bench-')), 'results.json');
  writeFileSync(handOver, JSON.stringify(earlier));
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--suite', file, out], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, [EARLIER_RESULTS_ENV]: handOver },
  });
  if (child.status !== 0) throw new Error(`bench suite ${file} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(out, 'utf8')) as BenchResult[];
}

const suiteArg = process.argv.indexOf('--suite');
if (suiteArg !== -1) {
  const [file, out] = process.argv.slice(suiteArg + 1);
  const { suite } = (await import(pathToFileURL(join(here, 'suites', file ?? '')).href)) as { suite: BenchSuite };
  process.stderr.write(`▶ ${suite.title} …\n`);
  const t0 = performance.now();
  const rows = await suite.run();
  process.stderr.write(`  完成 done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  writeFileSync(out ?? '', JSON.stringify(rows));
  process.exit(0);
}

const results: StoredRow[] = [];
for (const file of files) results.push(...runSuiteInChild(file, results).map((r) => ({ ...r, suite: file })));

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  platform: `${platform()}-${arch()}`,
  node: process.version,
  at: new Date().toISOString(),
};
// A partial run (`npm run bench -- cost`) replaces its suites' rows and keeps the others' latest ones.
const ran = new Set(files);
const kept = only.length === 0 ? [] : resultsFileRows().filter((r) => r.suite !== undefined && !ran.has(r.suite));
writeFileSync(RESULTS_FILE, `${JSON.stringify({ machine, results: [...kept, ...results] }, null, 2)}\n`);

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3));
console.log(`\n${'name'.padEnd(48)} ${'value'.padStart(10)} ${'unit'.padEnd(8)} ${'budget'.padStart(10)}  ok`);
for (const r of results) {
  const budget = r.budget === null ? '—' : `${r.better === 'lower' ? '≤' : '≥'}${fmt(r.budget)}`;
  console.log(`${r.name.padEnd(48)} ${fmt(r.value).padStart(10)} ${r.unit.padEnd(8)} ${budget.padStart(10)}  ${withinBudget(r) ? '✓' : '✗'}`);
}
const missed = results.filter((r) => !withinBudget(r));
console.log(`\n${results.length} results, ${missed.length} over budget → bench/results.json`);
process.exitCode = missed.length > 0 ? 1 : 0;
