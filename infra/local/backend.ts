import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Runtime } from '../../functions/runtime/runtime.ts';
import { runtimeConfigSchema, type RuntimeConfig } from '../../shared/model/runtime-config.ts';
import { localCredentials, localRegion, localS3Credentials, type LocalConnection } from './connection-file.ts';
import { createTables } from './create-tables.ts';
import { startEmulators, type Emulators } from './emulators.ts';
import { LocalQueue } from './local-queue.ts';
import { Outbox } from './outbox.ts';

export interface LocalBackend {
  runtime: Runtime;
  queue: LocalQueue;
  outbox: Outbox;
  emulators: Emulators;
  /** Environment of the OCR binaries the extract handler runs (this machine's PATH; .ci/run installs them). */
  toolEnv: Record<string, string | undefined>;
  /** Moves the local clock (digests are per period). */
  setNow(at: Date): void;
  /** Points mail links (pages, archive) at the API once it listens. */
  setPublicBaseUrl(url: string): void;
  connection(): LocalConnection;
  close(): Promise<void>;
}

/**
 * The emulators, the tables (from the same definitions as the stack), the bucket, and a Runtime whose
 * SDK clients point at them — what the handlers run on locally and what integration tests start.
 */
export async function startLocalBackend(options: { dir: string; now?: Date; emulators?: (o: { s3Directory: string; bucket: string }) => Promise<Emulators> }): Promise<LocalBackend> {
  const bucket = 'gazette-watch-local';
  // `emulators`: started elsewhere, e.g. in a child process (./emulators-process.ts) so a measurement sees the product alone.
  const emulators = await (options.emulators ?? startEmulators)({ s3Directory: join(options.dir, 's3'), bucket });
  let now = options.now ?? new Date();
  const common = { region: localRegion, credentials: localCredentials };
  const rawDb = new DynamoDBClient({ ...common, endpoint: emulators.dynamoEndpoint });
  const tables = await createTables(rawDb);
  const queue = new LocalQueue();
  const outbox = new Outbox(join(options.dir, 'outbox'));
  const config: RuntimeConfig = runtimeConfigSchema.parse({
    mode: 'local',
    bucket,
    tables,
    queues: { fetch: 'local:fetch', extract: 'local:extract', process: 'local:process', notify: 'local:notify' },
    mailFrom: '公报哨兵 <alerts@gazette-watch.local>',
    configurationSet: 'gazette-watch-local',
    publicBaseUrl: 'http://127.0.0.1:8787',
    tokenSecret: 'local-development-secret-not-for-production',
    userAgentContact: 'https://github.com/gazette-watch/gazette-watch',
  });
  const runtime: Runtime = {
    config,
    s3: new S3Client({ ...common, credentials: localS3Credentials, endpoint: emulators.s3Endpoint, forcePathStyle: true }),
    db: DynamoDBDocumentClient.from(rawDb, { marshallOptions: { removeUndefinedValues: true } }),
    ses: new SESClient({ ...common, endpoint: emulators.sesEndpoint }),
    queue,
    now: () => now,
    archiveBaseUrl: `${emulators.s3Endpoint}/${bucket}`,
    onSent: (mail) => outbox.write(mail),
  };
  return {
    runtime,
    queue,
    outbox,
    emulators,
    toolEnv: { PATH: process.env.PATH, TESSDATA_PREFIX: process.env.TESSDATA_PREFIX, TMPDIR: process.env.TMPDIR },
    setNow(at: Date) {
      now = at;
    },
    setPublicBaseUrl(url: string) {
      runtime.config = { ...runtime.config, publicBaseUrl: url };
      runtime.archiveBaseUrl = `${url}/archive`;
    },
    connection: () => ({
      region: localRegion,
      endpoints: { dynamodb: emulators.dynamoEndpoint, s3: emulators.s3Endpoint, ses: emulators.sesEndpoint },
      archiveBaseUrl: runtime.archiveBaseUrl,
      config: runtime.config,
      pid: process.pid,
    }),
    close: () => emulators.close(),
  };
}
