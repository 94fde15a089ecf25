/**
 * The AWS credentials of a Lambda function: its execution role's, which the Lambda runtime always puts in the
 * environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN). The zip bundles use this module in
 * place of the SDK's default chain, @aws-sdk/credential-provider-node (an esbuild alias, infra/bundling.ts): of
 * that chain only its first link, the environment, ever answers on Lambda; the others (shared ini files, SSO,
 * the sign-in and STS clients, credential_process, web identity, container and instance metadata) are ~110 KB
 * of every bundle, compiled and partly evaluated at each cold start, and load node:child_process for nothing
 * (issue 20, bench/suites/bundle.ts). That first link is the SDK's own @aws-sdk/credential-provider-env, used
 * here as it is. Code run from source — tests, the CLI, the local cloud — keeps the SDK's chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * The SDK clients' `credentialDefaultProvider` (the one name their runtime configs import from
 * @aws-sdk/credential-provider-node): the environment provider, which reads the variables each time it is
 * asked and fails with a CredentialsProviderError ("Unable to find environment variable credentials") when they are missing; the clients memoise
 * what it returns.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]): ReturnType<typeof fromEnv> => fromEnv(init);
