/**
 * Bundle size and cold-init (module import) time of every Lambda function, bundled exactly as the
 * CDK stack bundles it (infra/bundling.ts bundleFunction, which the stack runs for every zip function). Issue 8 budgets: < 1 MB and
 * < 150 ms each (process: ≤ 100 ms, issue 20). extract (issue 20) ships as a container image built with the same esbuild settings
 * (infra/images/extract/Dockerfile): its bundle is reported without a budget; process must stay ≤ 1 MB
 * now that pdf.js lives in extract only.
 *
 * - Size: bytes of everything esbuild writes for the function (the .mjs plus any chunks), in KB: the
 *   budgeted number. The AWS SDK is bundled in (infra/bundling.ts), so it is counted.
 * - Shipped: data files copied beside the bundle and read on first use (infra/bundling.ts shippedFiles,
 *   shared/util/shipped-file.ts: the county and township lists, the traditional → simplified dictionaries),
 *   in KB, reported without a budget: they are not code and cost nothing at cold init. They are copied
 *   beside the bundle here too, so the bundle finds them as it does on Lambda.
 * - Zip: the code and the shipped files as a zip archive (deflate), the form Lambda packages are uploaded
 *   and stored in. Informational only, no budget: it never stands in for the raw size.
 * - Cold init: a fresh `node` process per sample times `await import(bundle)` with performance.now()
 *   inside that process (process start-up itself is excluded, as it is on Lambda's init phase clock
 *   before the handler module loads). The bundles live under the repo's node_modules/.cache/ so that
 *   ESM resolution (which ignores NODE_PATH) reaches node_modules/@aws-sdk/* like the runtime's
 *   /var/runtime/node_modules when a variant leaves the SDK external; that time then INCLUDES loading
 *   the @aws-sdk modules (the runtime pays that too). The child gets a Lambda-like environment (region,
 *   function name, table/queue names, a dummy token secret, dummy credentials) and no network is
 *   touched: handlers build their AWS clients lazily on first invoke.
 * - Median of COLD_RUNS fresh processes per function, taken round-robin over all functions after one
 *   unmeasured warm-up round (file-system cache); see coldInits.
 * - Cold init CPU: the CPU time (user + system) of the same imports, median, reported without a budget: on a
 *   shared, loaded machine the wall time mostly measures waiting for a core, the CPU time much less so.
 * - Cold init instructions (bench/import-instructions.ts, where valgrind is installed): millions of machine
 *   instructions of the same import, without a budget. Both timings drift by ±20 % with this machine's speed;
 *   the count repeats to about 2 %, so it is the number that shows what a bundling change did.
 *
 * `GW_BUNDLE_ANALYZE=1 npm run bench -- bundle` prints esbuild's analyzeMetafile per function.
 * `GW_BUNDLE_SDK_VARIANT=1` also measures each function with `@aws-sdk/*` external (the runtime's copy,
 * the previous setting), reported without a budget: the data behind bundling the SDK in.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { importInstructions, valgrindAvailable } from '../import-instructions.ts';
import { bundleFunction, esbuildOptions, lambdaBundling, pipelineFunctionIds, type PipelineFunctionId } from '../../infra/bundling.ts';
import { envNames } from '../../shared/model/runtime-config.ts';
import { tableEnvVar, tableIds } from '../../shared/store/tables.ts';
import type { BenchResult, BenchSuite } from '../result.ts';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, 'node_modules', '.cache', 'gw-bundles');

export const SIZE_BUDGET_KB = 1024;
export const INIT_BUDGET_MS = 150;
/** Issue 20: the process function, which runs once per issue, starts within 100 ms. */
export const INIT_BUDGETS_MS: Partial<Record<PipelineFunctionId, number>> = { process: 100 };
const COLD_RUNS = 11;

/** Runs in the child: times the import of the bundle given as argv[2] and prints {ms}. */
const probeSource = `
const url = process.argv[2];
const c0 = process.cpuUsage();
const t0 = performance.now();
const mod = await import(url);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
if (typeof mod.handler !== 'function') throw new Error('bundle has no handler export: ' + url);
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000 }));
`;

/** What a Lambda of the stack sees in its environment at init (values are dummies; nothing is called). */
function lambdaEnv(id: PipelineFunctionId): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: ':UTC',
    LANG: 'en_US.UTF-8',
    AWS_REGION: 'cn-north-1',
    AWS_DEFAULT_REGION: 'cn-north-1',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: `gazette-watch-${id}`,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/gazette-watch-${id}`,
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_ACCESS_KEY_ID: 'AKIDBENCHONLY',
    AWS_SECRET_ACCESS_KEY: 'bench-only',
    AWS_SESSION_TOKEN: 'bench-only',
    LAMBDA_TASK_ROOT: dirname(cacheDir),
    POWERTOOLS_SERVICE_NAME: 'gazette-watch',
    POWERTOOLS_METRICS_NAMESPACE: 'GazetteWatch',
    [envNames.mode]: 'production',
    [envNames.bucket]: 'gazette-watch-archive',
    [envNames.fetchQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/fetch',
    [envNames.extractQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/extract',
    [envNames.processQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/process',
    [envNames.notifyQueueUrl]: 'https://sqs.cn-north-1.amazonaws.com.cn/000000000000/notify',
    [envNames.mailFrom]: 'alerts@example.org',
    [envNames.publicBaseUrl]: 'https://gw.example.org',
    [envNames.tokenSecret]: 'bench-token-secret-0123456789',
  };
  for (const t of tableIds) env[tableEnvVar(t)] = `gazette-watch-${t}`;
  return env;
}

/**
 * Size of a zip archive holding `files` (paths relative to the archive root): deflated data (zlib's default
 * level, as the CDK CLI's zip writer uses) plus the local headers, the central directory and its end record.
 */
export function zipBytes(files: { name: string; data: Buffer }[]): number {
  let bytes = 22; // end of central directory
  for (const f of files) {
    const name = Buffer.byteLength(f.name);
    const deflated = deflateRawSync(f.data).length;
    bytes += 30 + name + Math.min(deflated, f.data.length) + 46 + name; // local header + data + central entry
  }
  return bytes;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

interface InitSample {
  ms: number;
  cpuMs: number;
}

/** One fresh `node` process importing `bundle` with the function's Lambda-like environment. */
async function importOnce(probe: string, bundle: string, id: PipelineFunctionId): Promise<InitSample> {
  const { stdout } = await run(process.execPath, [probe, pathToFileURL(bundle).href], { env: lambdaEnv(id), cwd: dirname(bundle), timeout: 60_000 });
  // The probe's timing is its last line: a bundle may log at import (a sampled invocation logs at DEBUG).
  const last = stdout.trimEnd().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as InitSample;
  } catch {
    throw new Error(`cold-init probe of ${id} ended without its timing: ${stdout.slice(-400)}`);
  }
}

/**
 * Median wall time of the import (the budgeted number) and median CPU time, per bundle. The samples are taken
 * round-robin (every bundle once per round, COLD_RUNS rounds, after one unmeasured warm-up round for the
 * file-system cache): this machine's speed drifts by ±20 % over seconds, and interleaving spreads each
 * function's samples over the whole suite instead of letting one slow spell fall on one function.
 */
async function coldInits(probe: string, bundles: readonly { key: string; id: PipelineFunctionId; file: string }[]): Promise<Map<string, InitSample>> {
  for (const b of bundles) await importOnce(probe, b.file, b.id);
  const samples = new Map<string, InitSample[]>(bundles.map((b) => [b.key, []]));
  for (let round = 0; round < COLD_RUNS; round++) {
    for (const b of bundles) samples.get(b.key)!.push(await importOnce(probe, b.file, b.id));
  }
  return new Map([...samples].map(([key, xs]) => [key, { ms: median(xs.map((x) => x.ms)), cpuMs: median(xs.map((x) => x.cpuMs)) }]));
}

export const suite: BenchSuite = {
  title: '打包 bundle size & cold init',
  async run(): Promise<BenchResult[]> {
    mkdirSync(cacheDir, { recursive: true });
    const dir = mkdtempSync(join(cacheDir, 'run-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, probeSource);
    const results: BenchResult[] = [];
    try {
      const timed: { key: string; id: PipelineFunctionId; file: string }[] = [];
      const rows = new Map<PipelineFunctionId, BenchResult[]>();
      for (const id of pipelineFunctionIds) {
        // extract (a container image with pdf.js, issue 20) is reported, not budgeted: the image, not a zip, is what ships.
        const budgeted = id !== 'extract';
        const outfile = join(dir, id, 'index.mjs');
        // Exactly what the stack ships (infra/constructs/bundled-code.ts and the extract Dockerfile run it too).
        const built = await bundleFunction(id, dirname(outfile), root);
        const outputs = built.code;
        const bytes = outputs.reduce((n, out) => n + statSync(out).size, 0);
        const shippedBytes = built.shipped.reduce((n, f) => n + statSync(f).size, 0);
        const zipped = zipBytes([...outputs, ...built.shipped].map((f) => ({ name: f.slice(f.lastIndexOf('/') + 1), data: readFileSync(f) })));
        if (process.env.GW_BUNDLE_ANALYZE === '1') {
          process.stderr.write(`\n── ${id} ──${await esbuild.analyzeMetafile(built.metafile, { verbose: false })}\n`);
        }
        const own: BenchResult[] = [{ name: `bundle.${id}.size_kb`, value: bytes / 1024, unit: 'KB', budget: budgeted ? SIZE_BUDGET_KB : null, better: 'lower' }];
        if (built.shipped.length > 0) own.push({ name: `bundle.${id}.shipped_kb`, value: shippedBytes / 1024, unit: 'KB', budget: null, better: 'lower' });
        own.push({ name: `bundle.${id}.zip_kb`, value: zipped / 1024, unit: 'KB', budget: null, better: 'lower' });
        rows.set(id, own);
        timed.push({ key: id, id, file: outfile });
        if (process.env.GW_BUNDLE_SDK_VARIANT === '1') {
          const variant = join(dir, `${id}-sdk-external`, 'index.mjs');
          const vb = await esbuild.build({ ...esbuildOptions(id, dirname(variant)), external: [...lambdaBundling.externalModules, '@aws-sdk/*'], absWorkingDir: root, metafile: true, logLevel: 'error' });
          const vbytes = Object.keys(vb.metafile.outputs).reduce((n, out) => n + statSync(join(root, out)).size, 0);
          own.push({ name: `bundle.${id}.sdk_external.size_kb`, value: vbytes / 1024, unit: 'KB', budget: null, better: 'lower' });
          timed.push({ key: `${id}.sdk_external`, id, file: variant });
        }
      }
      const inits = await coldInits(probe, timed);
      const counted = (await valgrindAvailable())
        ? await importInstructions(probe, dir, timed.filter((t) => t.key === t.id).map((t) => ({ key: t.key, file: t.file, env: lambdaEnv(t.id), cwd: dirname(t.file) })))
        : (process.stderr.write('bundle: valgrind is not installed, so the cold-init instruction counts are left out\n'), new Map<string, number>());
      for (const id of pipelineFunctionIds) {
        const init = inits.get(id)!;
        const initBudget = id !== 'extract' ? (INIT_BUDGETS_MS[id] ?? INIT_BUDGET_MS) : null;
        results.push(...rows.get(id)!);
        results.push({ name: `bundle.${id}.cold_init_ms`, value: init.ms, unit: 'ms', budget: initBudget, better: 'lower' });
        results.push({ name: `bundle.${id}.cold_init_cpu_ms`, value: init.cpuMs, unit: 'ms', budget: null, better: 'lower' });
        const instructions = counted.get(id);
        if (instructions !== undefined) results.push({ name: `bundle.${id}.cold_init_minstr`, value: instructions, unit: 'M instr', budget: null, better: 'lower' });
        const variant = inits.get(`${id}.sdk_external`);
        if (variant) results.push({ name: `bundle.${id}.sdk_external.cold_init_ms`, value: variant.ms, unit: 'ms', budget: null, better: 'lower' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return results;
  },
};
