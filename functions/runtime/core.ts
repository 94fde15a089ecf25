/**
 * The runtime shape and the parts every function needs. Kept apart from the AWS clients on purpose:
 * esbuild keeps every import statement of an external (@aws-sdk/*) module that is in a bundle's module
 * graph (tsconfig verbatimModuleSyntax), and the runtime loads each such package at cold start. So each
 * client lives in its own module under ./clients/ and a function imports only the ones it uses
 * (issue 8, bench/suites/bundle.ts). runtime.ts assembles the full runtime for everything else.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { envNames, runtimeConfigFromEnv, type RuntimeConfig } from '../../shared/model/runtime-config.ts';
import type { QueuePort } from '../../shared/store/ports.ts';
import type { SendMailDeps } from '../../shared/stages/send-mail.ts';

/** Everything a handler needs, built once per cold start (or once by the local cloud). */
export interface Runtime {
  config: RuntimeConfig;
  s3: S3Client;
  db: DynamoDBDocumentClient;
  ses: SESClient;
  queue: QueuePort;
  now: () => Date;
  /** Where archived files are linked from in mails (the API's /archive route). */
  archiveBaseUrl: string;
  onSent?: SendMailDeps['onSent'];
}

/** The part of a runtime every function needs: validated config (with the signing secret), clock, link base. */
export type RuntimeCore = Pick<Runtime, 'config' | 'now' | 'archiveBaseUrl' | 'onSent'>;

/** Reads a secret by its ARN (./clients/secrets.ts): passed only by the functions that sign links. */
export type SecretReader = (secretId: string) => Promise<string | undefined>;

/**
 * Config from the Lambda environment. The signing secret is TOKEN_SECRET, or read from Secrets Manager
 * (TOKEN_SECRET_ARN) by `readSecret`. Functions that sign no links get a placeholder TOKEN_SECRET from the
 * stack (infra/constructs/pipeline.ts) and pass no reader, so the Secrets Manager client stays out of their
 * bundles (bench/suites/bundle.ts); an ARN without a reader is a wiring error, reported as such.
 */
export async function runtimeCoreFromEnv(env: Record<string, string | undefined> = process.env, readSecret?: SecretReader): Promise<RuntimeCore> {
  const secretArn = env.TOKEN_SECRET_ARN;
  let tokenSecret = env[envNames.tokenSecret];
  if (tokenSecret === undefined && secretArn) {
    if (!readSecret) throw new Error(`TOKEN_SECRET_ARN is set but ${env.AWS_LAMBDA_FUNCTION_NAME ?? 'this function'} signs no links and reads no secrets: set TOKEN_SECRET or pass a secret reader`);
    tokenSecret = await readSecret(secretArn);
  }
  const config = runtimeConfigFromEnv({ ...env, [envNames.tokenSecret]: tokenSecret });
  return { config, now: () => new Date(), archiveBaseUrl: `${config.publicBaseUrl.replace(/\/$/, '')}/archive` };
}

/** How a handler gets its runtime: built on first use (cold start), then reused. */
export type RuntimeSource<R = Runtime> = () => R | Promise<R>;

/**
 * Defers building something (the runtime, a route module) to its first use, then reuses it. A build that
 * failed (a secret not readable yet, a chunk not loaded) is not kept: the next use builds again.
 */
export function lazy<R = Runtime>(build: () => Promise<R>): () => Promise<R> {
  let value: Promise<R> | undefined;
  return () =>
    (value ??= build().catch((err: unknown) => {
      value = undefined;
      throw err;
    }));
}
