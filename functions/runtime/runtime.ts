/**
 * The full production runtime (every AWS client) and the repositories over it, for the functions and
 * tools that use most of them (plan, fetch, the CLI, the local cloud). Functions that use fewer clients
 * import ./core.ts, ./mail.ts and ./clients/* directly so the unused @aws-sdk packages stay out of
 * their bundles and are not loaded at cold start (see core.ts).
 */
import { DynamoChangeRepository } from '../../shared/store/dynamo/change-repository.ts';
import { DynamoDeliveryRepository } from '../../shared/store/dynamo/delivery-repository.ts';
import { DynamoDocumentRepository } from '../../shared/store/dynamo/document-repository.ts';
import { DynamoIssueRepository } from '../../shared/store/dynamo/issue-repository.ts';
import { DynamoSourceRepository } from '../../shared/store/dynamo/source-repository.ts';
import { DynamoSubscriberRepository } from '../../shared/store/dynamo/subscriber-repository.ts';
import type { Mailer } from '../../shared/store/ports.ts';
import { S3BlobStore } from '../../shared/store/s3-blob-store.ts';
import { SesMailer } from '../../shared/store/ses-mailer.ts';
import { dynamoDocumentClient } from './clients/dynamodb.ts';
import { s3ClientFromEnv } from './clients/s3.ts';
import { sesClient } from './clients/ses.ts';
import { readSecretString } from './clients/secrets.ts';
import { sqsQueue } from './clients/sqs.ts';
import { runtimeCoreFromEnv, type Runtime } from './core.ts';

export { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeCore, type RuntimeSource } from './core.ts';
export { mailDeps, type MailRuntime } from './mail.ts';

/**
 * Builds the production runtime from the Lambda environment (AWS_ENDPOINT_URL_* overrides are honoured
 * by the SDK). The signing secret comes from Secrets Manager (TOKEN_SECRET_ARN) unless TOKEN_SECRET is set.
 */
export async function runtimeFromEnv(env: Record<string, string | undefined> = process.env): Promise<Runtime> {
  const core = await runtimeCoreFromEnv(env, readSecretString);
  return { ...core, s3: s3ClientFromEnv(env), db: dynamoDocumentClient(), ses: sesClient(), queue: sqsQueue(core.config) };
}

/** The repositories and adapters over a runtime's clients. */
export function adapters(rt: Runtime) {
  const t = rt.config.tables;
  const mailer: Mailer = new SesMailer(rt.ses);
  return {
    sources: new DynamoSourceRepository(rt.db, t.sources),
    issues: new DynamoIssueRepository(rt.db, t.issues),
    documents: new DynamoDocumentRepository(rt.db, t.documents),
    changes: new DynamoChangeRepository(rt.db, t.changes),
    subscribers: new DynamoSubscriberRepository(rt.db, t.subscribers),
    deliveries: new DynamoDeliveryRepository(rt.db, t.deliveries),
    blobs: new S3BlobStore(rt.s3, rt.config.bucket),
    mailer,
  };
}
