/**
 * The shipped artifacts, not the sources: functions bundled by infra/bundling.ts `bundleFunction` (what the
 * stack deploys: the AWS SDK inlined, its schema keys rewritten by infra/sdk-schema-keys.ts, the environment
 * credentials aliased in) run in a child Node process with a Lambda-like environment against the emulators,
 * through the same SDK wire protocols as in AWS. The SQS-sending functions are left to the source-level tests
 * (there is no SQS emulator here); S3 (HeadObject, presigning, its NotFound error) and DynamoDB are exercised.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { APIGatewayProxyEventV2, SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction, type BundledFunctionId } from '../../../infra/bundling.ts';
import { localRegion, localS3Credentials } from '../../../infra/local/connection-file.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { envNames } from '../../../shared/model/runtime-config.ts';
import { subscriptionSchema } from '../../../shared/model/subscription.ts';
import { tableEnvVar, tableIds } from '../../../shared/store/tables.ts';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'gw-bundled-handlers-'));

/** Runs in the child: imports the bundle (argv[2]), invokes its handler with the event (argv[3]) and prints the result. */
const driver = `
const { handler } = await import(process.argv[2]);
const result = await handler(JSON.parse(process.argv[3]));
process.stdout.write('\\n' + JSON.stringify(result ?? null));
`;

describe('bundled functions on the local cloud', () => {
  let backend: LocalBackend;
  let a: ReturnType<typeof adapters>;
  let env: NodeJS.ProcessEnv;
  const bundles: Partial<Record<BundledFunctionId, string>> = {};

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-bundled-')) });
    a = adapters(backend.runtime);
    const config = backend.runtime.config;
    const endpoints = backend.connection().endpoints;
    env = {
      PATH: process.env.PATH,
      AWS_REGION: localRegion,
      AWS_LAMBDA_FUNCTION_NAME: 'gazette-watch-bundled-test',
      // The bundles read the execution role's credentials from the environment (functions/runtime/lambda-credentials.ts).
      AWS_ACCESS_KEY_ID: localS3Credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: localS3Credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_S3: endpoints.s3,
      AWS_ENDPOINT_URL_SES: endpoints.ses,
      GW_S3_FORCE_PATH_STYLE: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
      [envNames.mode]: 'local',
      [envNames.bucket]: config.bucket,
      [envNames.fetchQueueUrl]: config.queues.fetch,
      [envNames.extractQueueUrl]: config.queues.extract,
      [envNames.processQueueUrl]: config.queues.process,
      [envNames.notifyQueueUrl]: config.queues.notify,
      [envNames.mailFrom]: config.mailFrom,
      [envNames.publicBaseUrl]: 'https://gw.example.org',
      [envNames.tokenSecret]: config.tokenSecret,
    };
    for (const t of tableIds) env[tableEnvVar(t)] = config.tables[t];
    writeFileSync(join(work, 'driver.mjs'), driver);
    for (const id of ['api', 'mail-events'] as const) {
      const dir = join(work, id);
      await bundleFunction(id, dir, root);
      bundles[id] = join(dir, 'index.mjs');
    }
  }, 180_000);
  afterAll(async () => {
    await backend.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function invoke<T>(id: BundledFunctionId, event: unknown): Promise<T> {
    const bundle = bundles[id];
    if (!bundle) throw new Error(`${id} was not bundled`);
    const { stdout } = await run(process.execPath, [join(work, 'driver.mjs'), pathToFileURL(bundle).href, JSON.stringify(event)], { env, cwd: dirname(bundle), timeout: 60_000 });
    return JSON.parse(stdout.trimEnd().split('\n').at(-1) ?? 'null') as T;
  }

  const get = (path: string): APIGatewayProxyEventV2 =>
    ({ rawPath: path, rawQueryString: '', headers: { accept: 'application/json' }, isBase64Encoded: false, requestContext: { http: { method: 'GET', sourceIp: '203.0.113.9' } } }) as unknown as APIGatewayProxyEventV2;

  it('api: an archived original is answered with a presigned link that the bucket honours; a missing one is 404', async () => {
    const key = 'raw/bundled-test/issue-1.html';
    const original = '<html><body><h1>关于征收集体土地的公告</h1></body></html>';
    await a.blobs.put(key, original, { contentType: 'text/html; charset=utf-8' });

    const found = await invoke<{ statusCode: number; headers: Record<string, string> }>('api', get(`/archive/${key}`));
    expect(found.statusCode).toBe(302);
    const link = found.headers.location ?? '';
    expect(link.startsWith(`${backend.connection().endpoints.s3}/`)).toBe(true);
    expect(link).toContain('X-Amz-Signature=');
    const fetched = await fetch(link);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toBe(original);

    // HeadObject's 404 is read through the S3 error schemas (NotFound), which the rewrite must keep.
    const missing = await invoke<{ statusCode: number }>('api', get('/archive/raw/bundled-test/none.html'));
    expect(missing.statusCode).toBe(404);
  }, 120_000);

  it('api: the parts loaded on first use (chunks beside index.mjs) answer — a document page, the JSON API', async () => {
    const page = await invoke<{ statusCode: number; headers: Record<string, string>; body: string }>('api', get('/documents/n:00000000000000000000000000000000'));
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const changes = await invoke<{ statusCode: number; body: string }>('api', get('/api/changes'));
    expect(changes.statusCode).toBe(200);
    expect(JSON.parse(changes.body)).toMatchObject({ ok: true });
  }, 120_000);

  it('mail-events: a permanent bounce suppresses the subscriber in DynamoDB', async () => {
    const at = '2026-12-01T00:00:00.000Z';
    await a.subscribers.put(subscriptionSchema.parse({ subscriberId: 's-bundled', email: 'bundled@example.com', status: 'active', frequency: 'daily', filters: {}, createdAt: at, updatedAt: at }));
    const message = JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'Bundled@example.com' }] } });
    const event = {
      Records: [{ EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: 'arn:aws:sns:local:000000000000:mail-events:sub', Sns: { MessageId: 'm-bundled', Message: message, Type: 'Notification', TopicArn: 'arn:aws:sns:local:000000000000:mail-events', Timestamp: at } }],
    } as unknown as SNSEvent;
    const outcome = await invoke<{ suppressed: string[]; skipped: unknown[] }>('mail-events', event);
    expect(outcome).toEqual({ suppressed: ['bundled@example.com'], skipped: [] });
    expect((await a.subscribers.get('s-bundled'))?.status).toBe('bounced');
  }, 120_000);
});
