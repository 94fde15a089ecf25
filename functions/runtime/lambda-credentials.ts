/**
 * The AWS credentials of a Lambda function: its execution role's, which the Lambda runtime always puts in the
 * environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN). The zip bundles use this module in
 * place of the SDK's default chain, @aws-sdk/credential-provider-node (an esbuild alias, infra/bundling.ts): of
 * that chain only its first link, the environment, ever answers on Lambda; the others (shared ini files, SSO,
 * the sign-in and STS clients, credential_process, web identity, container and instance metadata) are ~110 KB
 * of every bundle, compiled and partly evaluated at each cold start, and load node:child_process for nothing
 * (issue 20, bench/suites/bundle.ts). Code run from source — tests, the CLI, the local cloud — keeps the
 * SDK's chain.
 */
import * as z from 'zod';
import { lazySchema } from '../../shared/model/lazy-schema.ts';

export interface EnvCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
  accountId?: string;
}

const envCredentialsSchema = lazySchema(() =>
  z.object({
    AWS_ACCESS_KEY_ID: z.string().min(1),
    AWS_SECRET_ACCESS_KEY: z.string().min(1),
    AWS_SESSION_TOKEN: z.string().min(1).optional(),
    AWS_CREDENTIAL_EXPIRATION: z.iso.datetime({ offset: true }).optional(),
    AWS_ACCOUNT_ID: z.string().min(1).optional(),
  }),
);

/** The credentials in `env`, or an error that names what is missing. */
export function credentialsFromEnv(env: Record<string, string | undefined> = process.env): EnvCredentials {
  const parsed = envCredentialsSchema.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(', ');
    throw new Error(`环境变量中没有可用的 AWS 凭证 no usable AWS credentials in the environment (${names}): on Lambda the runtime sets them from the execution role`);
  }
  const e = parsed.data;
  return {
    accessKeyId: e.AWS_ACCESS_KEY_ID,
    secretAccessKey: e.AWS_SECRET_ACCESS_KEY,
    ...(e.AWS_SESSION_TOKEN ? { sessionToken: e.AWS_SESSION_TOKEN } : {}),
    ...(e.AWS_CREDENTIAL_EXPIRATION ? { expiration: new Date(e.AWS_CREDENTIAL_EXPIRATION) } : {}),
    ...(e.AWS_ACCOUNT_ID ? { accountId: e.AWS_ACCOUNT_ID } : {}),
  };
}

/**
 * The SDK clients' `credentialDefaultProvider` (the one name their runtime configs import from
 * @aws-sdk/credential-provider-node): a provider that reads the environment each time it is asked, as the
 * chain's environment link does; the clients memoise what it returns.
 */
export const defaultProvider =
  (_init?: unknown): (() => Promise<EnvCredentials>) =>
  async () =>
    credentialsFromEnv();
