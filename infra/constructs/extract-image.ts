import { IgnoreMode } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** The extract image's Dockerfile, relative to the repository root (its build context). */
export const EXTRACT_DOCKERFILE = 'infra/images/extract/Dockerfile';

/**
 * What the image build needs from the repository: the lock file, the code the extract bundle reaches, and
 * nothing else. `cdk synth` only copies this context into cdk.out (no Docker, no network); `cdk deploy`
 * builds and pushes the image.
 */
export const EXTRACT_CONTEXT_EXCLUDE = [
  '*',
  '!package.json',
  '!package-lock.json',
  '!tsconfig.json',
  '!functions/**',
  '!shared/**',
  '!infra/bundling.ts',
  '!infra/sdk-schema-keys.ts',
  '!infra/bundle-function.ts',
  '!infra/images/extract/**',
];

export function extractImageCode(projectRoot: string): lambda.DockerImageCode {
  return lambda.DockerImageCode.fromImageAsset(projectRoot, {
    file: EXTRACT_DOCKERFILE,
    platform: Platform.LINUX_ARM64,
    exclude: EXTRACT_CONTEXT_EXCLUDE,
    ignoreMode: IgnoreMode.DOCKER,
  });
}
