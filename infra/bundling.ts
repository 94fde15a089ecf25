import type { BuildOptions } from 'esbuild';

/**
 * The Lambda functions of the stack and how each is bundled. One source of truth for the CDK
 * pipeline construct (NodejsFunction) and for the bundle-size bench (bench/suites/bundle.ts).
 */
export const lambdaFunctionIds = ['plan', 'fetch', 'process', 'notify', 'digest', 'api', 'mail-events'] as const;
export type LambdaFunctionId = (typeof lambdaFunctionIds)[number];

/** Entry file of a function, relative to the repository root. */
export const lambdaEntry = (id: LambdaFunctionId): string => `functions/${id}.ts`;

/**
 * esbuild settings shared by CDK bundling and the bench. ESM for Node 22 on Lambda; the AWS SDK v3
 * that the Node.js 22 runtime already ships is left out of the bundle.
 */
export const lambdaBundling = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  sourcemap: false,
  mainFields: ['module', 'main'],
  /*
   * Kept external after measuring (bench/suites/bundle.ts, GW_BUNDLE_SDK_VARIANT=1): bundling the SDK in
   * imports 2-3x faster at cold start (one tree-shaken file instead of hundreds of CJS files) but puts
   * plan, fetch and api just over the 1 MB bundle budget (1040-1056 KB; zod's locales are ~200 KB of
   * every bundle) and process further over (2.7 MB). Changing this trades one budget for the other;
   * it is the lead's call (issue 8), not a silent change here.
   */
  externalModules: ['@aws-sdk/*'],
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import { createRequire as __gwCreateRequire } from 'node:module'; const require = __gwCreateRequire(import.meta.url);",
} as const;

/**
 * The esbuild JS-API options equivalent to what NodejsFunction passes to the esbuild CLI for
 * `lambdaBundling` (aws-cdk-lib aws-lambda-nodejs Bundling.buildEsbuildArgs: --bundle, --target,
 * --platform, --format, --outfile, --minify, --external:…, --banner:js, --main-fields). Used by the
 * bundle bench and its unit test so they measure exactly what CDK ships.
 */
export function esbuildOptions(id: LambdaFunctionId, outfile: string) {
  return {
    entryPoints: [lambdaEntry(id)],
    bundle: true,
    outfile,
    format: lambdaBundling.format,
    platform: lambdaBundling.platform,
    target: lambdaBundling.target,
    minify: lambdaBundling.minify,
    sourcemap: lambdaBundling.sourcemap,
    mainFields: [...lambdaBundling.mainFields],
    external: [...lambdaBundling.externalModules],
    banner: { js: lambdaBundling.banner },
  } satisfies BuildOptions;
}
