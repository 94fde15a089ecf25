import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import { lambdaBundling } from '../bundling.ts';

/**
 * NodejsFunction bundling for every zip function of the stack, from the one esbuild definition the bench
 * also uses: bundled with the esbuild in node_modules, never a Docker image.
 */
export function nodejsBundling(): nodejs.BundlingOptions {
  return {
    format: nodejs.OutputFormat.ESM,
    target: lambdaBundling.target,
    minify: lambdaBundling.minify,
    sourceMap: lambdaBundling.sourcemap,
    mainFields: [...lambdaBundling.mainFields],
    externalModules: [...lambdaBundling.externalModules],
    banner: lambdaBundling.banner,
    forceDockerBundling: false,
  };
}
