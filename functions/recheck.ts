import { httpGet } from '../shared/ingest/http-client.ts';
import { recheckEventSchema, recheckNotices, type RecheckOutcome } from '../shared/stages/recheck-notices.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoIssueRepository } from '../shared/store/dynamo/issue-repository.ts';
import { DynamoProjectRepository } from '../shared/store/dynamo/project-repository.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { S3BlobStore } from '../shared/store/s3-blob-store.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { s3ClientFromEnv } from './runtime/clients/s3.ts';
import { sesClient } from './runtime/clients/ses.ts';
import { readSecretString } from './runtime/clients/secrets.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';
import { logger } from './runtime/logger.ts';
import { mailDeps } from './runtime/mail.ts';

export type RecheckRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'ses' | 'now' | 'archiveBaseUrl' | 'onSent'>;

/** Per request: a notice page is small; a gazette issue may be large (the fetch stage's own limit). */
const TIMEOUT_MS = 30_000;
const MAX_BYTES = 50 * 1024 * 1024;

/** Scheduled (weekly by default): re-checks every known land notice at its URL; alerts on takedowns and edits. */
export function createRecheckHandler(runtime: RuntimeSource<RecheckRuntime>) {
  return async (event: unknown): Promise<RecheckOutcome> => {
    const input = recheckEventSchema.parse(event ?? {});
    const rt = await runtime();
    const t = rt.config.tables;
    const userAgent = `gazette-watch/0.1 (Gongbao Shaobing; +${rt.config.userAgentContact})`;
    const outcome = await recheckNotices(input, {
      ...mailDeps(rt),
      projects: new DynamoProjectRepository(rt.db, t.projects),
      changes: new DynamoChangeRepository(rt.db, t.changes),
      issues: new DynamoIssueRepository(rt.db, t.issues),
      subscribers: new DynamoSubscriberRepository(rt.db, t.subscribers),
      blobs: new S3BlobStore(rt.s3, rt.config.bucket),
      get: (url, headers) => httpGet(url, { userAgent, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES, allowPrivate: rt.config.mode === 'local', headers }),
    });
    if (outcome.removed + outcome.edited > 0) logger.warn('land notices removed or edited', { removed: outcome.removed, edited: outcome.edited, alertsSent: outcome.alertsSent });
    if (outcome.failed.length > 0) logger.warn('land notices not re-checked', { failed: outcome.failed });
    return outcome;
  };
}

export const handler = createRecheckHandler(
  lazy(async (): Promise<RecheckRuntime> => ({ ...(await runtimeCoreFromEnv(process.env, readSecretString)), db: dynamoDocumentClient(), s3: s3ClientFromEnv(), ses: sesClient() })),
);
