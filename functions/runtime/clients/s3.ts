import { S3Client } from '@aws-sdk/client-s3';

/** S3 client (AWS_ENDPOINT_URL_S3 is honoured by the SDK; GW_S3_FORCE_PATH_STYLE=true for emulators). */
export function s3ClientFromEnv(env: Record<string, string | undefined> = process.env): S3Client {
  return new S3Client({ forcePathStyle: env.GW_S3_FORCE_PATH_STYLE === 'true' });
}
