import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import { lambdaBundling, shippedFileSources, type BundledFunctionId } from '../bundling.ts';

/** A POSIX shell word: the path in single quotes. */
const quote = (path: string): string => `'${path.replace(/'/g, "'\\''")}'`;

/**
 * NodejsFunction bundling for every zip function of the stack, from the one esbuild definition the bench
 * also uses: bundled with the esbuild in node_modules, never a Docker image. After esbuild, the function's
 * shipped data files (infra/bundling.ts shippedFiles) are copied beside its index.mjs.
 */
export function nodejsBundling(id: BundledFunctionId): nodejs.BundlingOptions {
  const files = shippedFileSources(id);
  return {
    format: nodejs.OutputFormat.ESM,
    target: lambdaBundling.target,
    minify: lambdaBundling.minify,
    charset: nodejs.Charset.UTF8,
    sourceMap: lambdaBundling.sourcemap,
    mainFields: [...lambdaBundling.mainFields],
    externalModules: [...lambdaBundling.externalModules],
    banner: lambdaBundling.banner,
    esbuildArgs: Object.fromEntries(Object.entries(lambdaBundling.alias).map(([from, to]) => [`--alias:${from}`, to])),
    forceDockerBundling: false,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir: string, outputDir: string) => files.map((f) => `cp ${quote(f.from)} ${quote(`${outputDir}/${f.file}`)}`),
    },
  };
}
