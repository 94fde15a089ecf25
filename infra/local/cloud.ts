import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { adapters, type Runtime } from '../../functions/runtime/runtime.ts';
import { runtimeConfigSchema } from '../../shared/model/runtime-config.ts';
import { localCredentials, localRegion, type LocalConnection } from './connection-file.ts';
import { createTables } from './create-tables.ts';
import { demoSubscribers } from './demo-subscribers.ts';
import { startEmulators, type Emulators } from './emulators.ts';
import { LocalQueue } from './local-queue.ts';
import { Outbox } from './outbox.ts';
import { startSampleSite, type SampleSite } from './sample-site/server.ts';

export interface LocalCloud {
  runtime: Runtime;
  queue: LocalQueue;
  outbox: Outbox;
  emulators: Emulators;
  site: SampleSite;
  /** Where the local cloud keeps its files (.local/). */
  dir: string;
  /** Moves the local clock (digests are per period: the second cycle runs on a later day). */
  setNow(at: Date): void;
  /** What the CLI needs to reach this cloud (written to .local/cloud.json by --serve). */
  connection(): LocalConnection;
  close(): Promise<void>;
}

const credentials = localCredentials;
const region = localRegion;

/**
 * Starts the whole local cloud on loopback: the emulators, the tables (from the same definitions as the
 * stack), the bucket, the sample gazette site, its sources and the demo subscribers; returns a Runtime
 * whose SDK clients point at the emulators, for the real handlers to run on.
 */
export async function startLocalCloud(options: { dir: string; now?: Date }): Promise<LocalCloud> {
  const bucket = 'gazette-watch-local';
  const emulators = await startEmulators({ s3Directory: join(options.dir, 's3'), bucket });
  const site = await startSampleSite();
  let now = options.now ?? new Date();

  const rawDb = new DynamoDBClient({ endpoint: emulators.dynamoEndpoint, region, credentials });
  const tables = await createTables(rawDb);
  const queue = new LocalQueue();
  const outbox = new Outbox(join(options.dir, 'outbox'));
  const config = runtimeConfigSchema.parse({
    mode: 'local',
    bucket,
    tables,
    queues: { fetch: 'local:fetch', process: 'local:process', notify: 'local:notify' },
    mailFrom: '公报哨兵 <alerts@gazette-watch.local>',
    configurationSet: 'gazette-watch-local',
    publicBaseUrl: 'http://127.0.0.1:8787',
    tokenSecret: 'local-development-secret-not-for-production',
    userAgentContact: 'https://github.com/gazette-watch/gazette-watch',
  });
  const runtime: Runtime = {
    config,
    s3: new S3Client({ endpoint: emulators.s3Endpoint, region, credentials, forcePathStyle: true }),
    db: DynamoDBDocumentClient.from(rawDb, { marshallOptions: { removeUndefinedValues: true } }),
    ses: new SESClient({ endpoint: emulators.sesEndpoint, region, credentials }),
    queue,
    now: () => now,
    archiveBaseUrl: `${emulators.s3Endpoint}/${bucket}`,
    onSent: (mail) => outbox.write(mail),
  };

  const a = adapters(runtime);
  for (const source of site.sources) {
    // The sample site is on loopback: no need to wait between requests.
    await a.sources.put({ ...source, politeness: { ...source.politeness, minIntervalMs: 0 } });
  }
  for (const subscriber of demoSubscribers(now)) await a.subscribers.put(subscriber);

  return {
    runtime,
    queue,
    outbox,
    emulators,
    site,
    dir: options.dir,
    setNow(at: Date) {
      now = at;
    },
    connection: () => ({
      region,
      endpoints: { dynamodb: emulators.dynamoEndpoint, s3: emulators.s3Endpoint, ses: emulators.sesEndpoint },
      archiveBaseUrl: runtime.archiveBaseUrl,
      config,
      pid: process.pid,
    }),
    async close() {
      await site.close();
      await emulators.close();
    },
  };
}
