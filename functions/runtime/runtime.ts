import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESClient } from '@aws-sdk/client-ses';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { envNames, runtimeConfigFromEnv, type RuntimeConfig } from '../../shared/model/runtime-config.ts';
import { DynamoChangeRepository } from '../../shared/store/dynamo/change-repository.ts';
import { DynamoDeliveryRepository } from '../../shared/store/dynamo/delivery-repository.ts';
import { DynamoDocumentRepository } from '../../shared/store/dynamo/document-repository.ts';
import { DynamoIssueRepository } from '../../shared/store/dynamo/issue-repository.ts';
import { DynamoSourceRepository } from '../../shared/store/dynamo/source-repository.ts';
import { DynamoSubscriberRepository } from '../../shared/store/dynamo/subscriber-repository.ts';
import type { Mailer, QueuePort } from '../../shared/store/ports.ts';
import { S3BlobStore } from '../../shared/store/s3-blob-store.ts';
import { SesMailer } from '../../shared/store/ses-mailer.ts';
import { SqsQueue } from '../../shared/store/sqs-queue.ts';
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

/**
 * Builds the production runtime from the Lambda environment (AWS_ENDPOINT_URL_* overrides are honoured
 * by the SDK). The signing secret comes from Secrets Manager (TOKEN_SECRET_ARN) unless TOKEN_SECRET is set.
 */
export async function runtimeFromEnv(env: Record<string, string | undefined> = process.env): Promise<Runtime> {
  const secretArn = env.TOKEN_SECRET_ARN;
  const tokenSecret =
    env[envNames.tokenSecret] ??
    (secretArn ? (await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: secretArn }))).SecretString : undefined);
  const config = runtimeConfigFromEnv({ ...env, [envNames.tokenSecret]: tokenSecret });
  const forcePathStyle = env.GW_S3_FORCE_PATH_STYLE === 'true';
  return {
    config,
    s3: new S3Client({ forcePathStyle }),
    db: DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
    ses: new SESClient({}),
    queue: new SqsQueue(new SQSClient({}), config.queues),
    now: () => new Date(),
    archiveBaseUrl: `${config.publicBaseUrl.replace(/\/$/, '')}/archive`,
  };
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

/** What the mail-sending stages need from a runtime. */
export function mailDeps(rt: Runtime): SendMailDeps {
  const a = adapters(rt);
  return {
    mailer: a.mailer,
    deliveries: a.deliveries,
    mailFrom: rt.config.mailFrom,
    configurationSet: rt.config.configurationSet,
    links: { publicBaseUrl: rt.config.publicBaseUrl, tokenSecret: rt.config.tokenSecret, archiveBaseUrl: rt.archiveBaseUrl, now: rt.now },
    now: rt.now,
    onSent: rt.onSent,
  };
}

/** How a handler gets its runtime: built on first use (cold start), then reused. */
export type RuntimeSource = () => Runtime | Promise<Runtime>;

/** Defers building the runtime to the first invocation, then reuses it. */
export function lazy(build: () => Promise<Runtime>): RuntimeSource {
  let value: Promise<Runtime> | undefined;
  return () => (value ??= build());
}
