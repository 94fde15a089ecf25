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

/**
 * Config from the Lambda environment. The signing secret comes from Secrets Manager (TOKEN_SECRET_ARN)
 * unless TOKEN_SECRET is set.
 */
export async function runtimeCoreFromEnv(env: Record<string, string | undefined> = process.env): Promise<RuntimeCore> {
  const secretArn = env.TOKEN_SECRET_ARN;
  const tokenSecret = env[envNames.tokenSecret] ?? (secretArn ? await readSecret(secretArn) : undefined);
  const config = runtimeConfigFromEnv({ ...env, [envNames.tokenSecret]: tokenSecret });
  return { config, now: () => new Date(), archiveBaseUrl: `${config.publicBaseUrl.replace(/\/$/, '')}/archive` };
}

/** Loaded on first use only: most functions never read the secret, and the package costs cold-start time. */
async function readSecret(secretId: string): Promise<string | undefined> {
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  return (await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
}

/** How a handler gets its runtime: built on first use (cold start), then reused. */
export type RuntimeSource<R = Runtime> = () => R | Promise<R>;

/** Defers building the runtime to the first invocation, then reuses it. */
export function lazy<R = Runtime>(build: () => Promise<R>): RuntimeSource<R> {
  let value: Promise<R> | undefined;
  return () => (value ??= build());
}
