import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { BundledFunctionId } from '../bundling.ts';

/**
 * A zip function's code: `lambda.Code.fromAsset` with local bundling that runs infra/bundle-function.ts
 * (infra/bundling.ts `bundleFunction`: esbuild's JS API with the SDK schema-key plugin, then the shipped data
 * files), so the stack ships exactly what bench/suites/bundle.ts measures. Local bundling always answers, so
 * Docker is never used; the image and command are what CDK's bundling options require. The asset is
 * hashed by its output, as NodejsFunction hashes its own (no walk over the repository and node_modules).
 */
export function bundledCode(id: BundledFunctionId, projectRoot: string): lambda.Code {
  const script = join(projectRoot, 'infra', 'bundle-function.ts');
  return lambda.Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // The same command for both ways CDK bundles; it also sets this function's bundle apart in CDK's bundle cache.
      image: lambda.Runtime.NODEJS_22_X.bundlingImage,
      command: ['node', '--import', 'tsx', 'infra/bundle-function.ts', id, '/asset-output'],
      local: {
        tryBundle(outputDir: string): boolean {
          const run = spawnSync(process.execPath, ['--import', 'tsx', script, id, outputDir], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
          if (run.error) throw new Error(`bundling ${id} could not start: ${run.error.message}`);
          if (run.status !== 0) throw new Error(`bundling ${id} failed (exit ${run.status ?? run.signal}); esbuild's messages are above`);
          return true;
        },
      },
    },
  });
}
