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
  externalModules: ['@aws-sdk/*'],
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import { createRequire as __gwCreateRequire } from 'node:module'; const require = __gwCreateRequire(import.meta.url);",
} as const;
