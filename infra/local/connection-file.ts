import * as z from 'zod';
import { runtimeConfigSchema } from '../../shared/model/runtime-config.ts';

/** What `npm start -- --serve` writes to .local/cloud.json so the CLI can reach the running local cloud. */
export const localConnectionSchema = z.object({
  region: z.string(),
  endpoints: z.object({ dynamodb: z.string().url(), s3: z.string().url(), ses: z.string().url() }),
  archiveBaseUrl: z.string().url(),
  config: runtimeConfigSchema,
  pid: z.number().int(),
  /** The changes the last monitoring cycle made (what `gw changes list` shows by default). */
  lastRun: z
    .object({
      cycle: z.number().int().positive(),
      /** Days (Asia/Shanghai) the run's changes are filed under. */
      days: z.array(z.string()),
      changeIds: z.array(z.string()),
    })
    .optional(),
  /** Whether the ports stay the same between runs (links in earlier mails keep working while --serve runs). */
  stablePorts: z.boolean().optional(),
});
export type LocalConnection = z.infer<typeof localConnectionSchema>;

export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
/** s3rver accepts only its own fixed key pair. */
export const localS3Credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const localRegion = 'cn-north-1';
