import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { sdkSchemaKeysPlugin } from './sdk-schema-keys.ts';
import { areasFile, chineseDaysFile, citiesFile, openccT2cnFile, streetsFile, type ShippedFile } from '../shared/util/shipped-file.ts';

/**
 * The Lambda functions of the stack and how each is bundled. One source of truth for the CDK stack (its
 * zip functions' local bundling, infra/constructs/bundled-code.ts; the extract image's Dockerfile) and
 * for the bundle-size bench (bench/suites/bundle.ts): all of them call `bundleFunction`.
 */
export const lambdaFunctionIds = ['plan', 'fetch', 'process', 'notify', 'digest', 'api', 'mail-events'] as const;
export type LambdaFunctionId = (typeof lambdaFunctionIds)[number];

/**
 * Functions shipped as container images (infra/images/<id>/Dockerfile): extract runs poppler and Tesseract
 * with the chi_sim data, which no zip package or Node runtime carries. Built by `cdk deploy` (Docker there);
 * `cdk synth` only stages the build context, offline and without Docker.
 */
export const containerFunctionIds = ['extract'] as const;
export type ContainerFunctionId = (typeof containerFunctionIds)[number];
export const pipelineFunctionIds = [...lambdaFunctionIds, ...containerFunctionIds] as const;
export type PipelineFunctionId = (typeof pipelineFunctionIds)[number];

/** Entry file of a function, relative to the repository root. */
export const lambdaEntry = (id: BundledFunctionId | ContainerFunctionId): string => `functions/${id}.ts`;

/**
 * esbuild settings shared by CDK bundling and the bench. ESM for Node 22 on Lambda, one file per function,
 * AWS SDK v3 included (see externalModules). zod is imported as a namespace everywhere
 * (`import * as z from 'zod'`), which lets esbuild drop what the code never touches — notably zod's ~60
 * translations (~250 KB per bundle); test/infra/synth.test.ts checks they stay out.
 */
export const lambdaBundling = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  /*
   * Chinese strings as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6): the user-facing text of
   * mails and pages is Chinese, so this is ~40 KB off the api bundle. Lambda reads its files as UTF-8.
   */
  charset: 'utf8',
  sourcemap: false,
  mainFields: ['module', 'main'],
  /*
   * Nothing external: the AWS SDK is bundled in (issue 8, measured with bench/suites/bundle.ts). Importing
   * the runtime's copy means resolving and evaluating hundreds of SDK files at cold start; one tree-shaken
   * file imports about twice as fast (bench machine, median: plan 183 → 80-95 ms, api 277 → 100-115 ms).
   * The size cost fits the 1 MB budget together with zod's namespace import (api ~710 KB, the largest
   * besides process, whose 2.3 MB is pdf.js). It also pins the SDK to the version in package-lock.json
   * (the one the tests ran with) instead of whatever the Lambda runtime ships.
   * `GW_BUNDLE_SDK_VARIANT=1 npm run bench -- bundle` still measures the SDK-external variant.
   *
   * The one exception is bowser, the browser user-agent parser that the SDK's browser-only code loads with
   * import(): no Node code path reaches it (its importer is shaken out), yet esbuild would still write it as a
   * 34 KB chunk that nothing loads (test/unit/infra/bundling.test.ts checks every chunk is reachable).
   */
  externalModules: ['bowser'] as string[],
  /*
   * The SDK's default credential chain replaced by the execution role's credentials from the environment
   * (functions/runtime/lambda-credentials.ts, which says why): the one link of the chain that answers on Lambda.
   * Measured with bench/suites/bundle.ts (interleaved, loaded machine, CPU medians): process 825 → 716 KB and
   * about −30 ms of cold init, api 1003 → 899 KB. Source runs (tests, CLI, local cloud) keep the SDK's chain.
   */
  alias: { '@aws-sdk/credential-provider-node': './functions/runtime/lambda-credentials.ts' } as Record<string, string>,
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import { createRequire as __gwCreateRequire } from 'node:module'; const require = __gwCreateRequire(import.meta.url);",
} as const;

/**
 * The esbuild options of one function, written into `outDir` as index.mjs (the handler `index.handler`):
 * `lambdaBundling` plus the SDK schema-key rewrite (infra/sdk-schema-keys.ts), a plugin, which is why the
 * stack bundles through esbuild's JS API (`bundleFunction`) and not NodejsFunction's esbuild command line.
 *
 * Code splitting: the SDK loads a few parts with `import()` (event streams, HTTP/2), meant to be loaded only
 * when used. In one file esbuild inlines them, and wraps every module such an import reaches in a lazy-init
 * closure (182 modules of @smithy/core in process) that still runs at start-up; split, they are chunks
 * beside index.mjs, loaded on first use, and the rest is plain top-level code. Measured with callgrind
 * (instructions of `await import(bundle)` in a fresh node, repeating to about 2 % on this noisy machine):
 * process 296 M → 275 M (the schema-key rewrite had taken it from 333 M).
 */
export function esbuildOptions(id: BundledFunctionId | ContainerFunctionId, outDir: string) {
  return {
    entryPoints: [lambdaEntry(id)],
    bundle: true,
    outdir: outDir,
    splitting: true,
    entryNames: 'index',
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    format: lambdaBundling.format,
    platform: lambdaBundling.platform,
    target: lambdaBundling.target,
    minify: lambdaBundling.minify,
    charset: lambdaBundling.charset,
    sourcemap: lambdaBundling.sourcemap,
    mainFields: [...lambdaBundling.mainFields],
    external: [...lambdaBundling.externalModules],
    alias: { ...lambdaBundling.alias },
    banner: { js: lambdaBundling.banner },
    plugins: [sdkSchemaKeysPlugin],
  } satisfies esbuild.BuildOptions;
}

/** What `bundleFunction` wrote: the code files esbuild emitted (index.mjs first) and the data files shipped beside them (absolute paths). */
export interface BundledFunction {
  code: string[];
  shipped: string[];
  metafile: esbuild.Metafile;
}

/**
 * Bundles one function into `outDir` (index.mjs and its chunks) and copies its shipped data files beside it: what a zip
 * function's asset holds (infra/constructs/bundled-code.ts), what the extract image copies, and what the bench
 * measures. `root` is the repository root (esbuild resolves the entry and node_modules from it).
 */
export async function bundleFunction(id: BundledFunctionId | ContainerFunctionId, outDir: string, root: string): Promise<BundledFunction> {
  mkdirSync(outDir, { recursive: true });
  const built = await esbuild.build({ ...esbuildOptions(id, outDir), absWorkingDir: root, metafile: true, logLevel: 'error' });
  // index.mjs first, then the chunks.
  const code = Object.keys(built.metafile.outputs)
    .map((out) => join(root, out))
    .sort((x, y) => Number(y.endsWith('/index.mjs')) - Number(x.endsWith('/index.mjs')) || x.localeCompare(y));
  const shipped = (id in shippedFiles ? shippedFileSources(id as BundledFunctionId) : []).map((f) => {
    const to = join(outDir, f.file);
    copyFileSync(f.from, to);
    return to;
  });
  return { code, shipped, metafile: built.metafile };
}

/** Zip functions bundled like the pipeline's but deployed by their own construct (infra/constructs/recheck.ts). */
export type BundledFunctionId = LambdaFunctionId | 'recheck';

/**
 * Data files shipped beside each zip function's bundle and read on first use (shared/util/shipped-file.ts):
 * the functions whose code reads them, and only those. test/unit/infra/shipped-files.test.ts bundles every
 * function and checks this list against the modules each bundle holds.
 */
export const shippedFiles: Record<BundledFunctionId, readonly ShippedFile[]> = {
  plan: [],
  fetch: [],
  process: [openccT2cnFile, chineseDaysFile],
  notify: [areasFile, citiesFile],
  digest: [],
  api: [areasFile, citiesFile, streetsFile, chineseDaysFile],
  'mail-events': [],
  recheck: [openccT2cnFile, chineseDaysFile, areasFile, citiesFile],
};

const requireHere = createRequire(import.meta.url);

/** Each shipped file of a function: where it is in node_modules, and its name beside the bundle. */
export function shippedFileSources(id: BundledFunctionId): { from: string; file: string }[] {
  return shippedFiles[id].map((f) => ({ from: requireHere.resolve(f.module), file: f.file }));
}
