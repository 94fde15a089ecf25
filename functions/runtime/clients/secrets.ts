import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * Reads a secret's string from Secrets Manager. Its own module so that only the functions that sign links
 * (api, notify, digest, recheck, the CLI's production runtime) bundle the Secrets Manager client.
 */
export async function readSecretString(secretId: string): Promise<string | undefined> {
  return (await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
}
