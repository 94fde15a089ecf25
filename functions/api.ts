import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { routeRequest } from './runtime/api-routes.ts';
import { S3ArchiveLinks } from '../shared/store/s3-archive-links.ts';
import { DynamoRateLimitRepository } from '../shared/store/dynamo/rate-limit-repository.ts';
import { DynamoChangeRepository } from '../shared/store/dynamo/change-repository.ts';
import { DynamoSubscriberRepository } from '../shared/store/dynamo/subscriber-repository.ts';
import { S3BlobStore } from '../shared/store/s3-blob-store.ts';
import { SesMailer } from '../shared/store/ses-mailer.ts';
import type { SubscribeDeps } from '../shared/subscribe/deps.ts';
import { defaultRateLimits, type RateLimits } from '../shared/subscribe/rate-limit.ts';
import { handleApiRequest } from '../shared/subscribe/router.ts';
import type { ApiRequest } from '../shared/subscribe/http-types.ts';
import { logger } from './runtime/logger.ts';
import { dynamoDocumentClient } from './runtime/clients/dynamodb.ts';
import { s3ClientFromEnv } from './runtime/clients/s3.ts';
import { sesClient } from './runtime/clients/ses.ts';
import { readSecretString } from './runtime/clients/secrets.ts';
import { lazy, runtimeCoreFromEnv, type Runtime, type RuntimeSource } from './runtime/core.ts';

/** The runtime parts the API uses (DynamoDB, S3, SES: the SQS client is not loaded). */
export type ApiRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'ses' | 'now' | 'archiveBaseUrl' | 'onSent'>;

/** The parts of an HTTP API (payload format 2.0) event the API reads. */
const httpEventSchema = z.object({
  rawPath: z.string().startsWith('/'),
  rawQueryString: z.string().default(''),
  headers: z.record(z.string(), z.string().optional()).default({}),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().default(false),
  requestContext: z.object({ http: z.object({ method: z.string().min(1), sourceIp: z.string().min(1) }) }),
});

/** API Gateway event → the router's request (header names lower-cased, body bytes decoded). */
export function toApiRequest(event: unknown): ApiRequest {
  const e = httpEventSchema.parse(event);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(e.headers)) if (value !== undefined) headers[name.toLowerCase()] = value;
  const body = e.body === undefined ? null : e.isBase64Encoded ? Buffer.from(e.body, 'base64') : Buffer.from(e.body, 'utf8');
  return { method: e.requestContext.http.method, path: e.rawPath, rawQuery: e.rawQueryString, headers, body, sourceIp: e.requestContext.http.sourceIp };
}

/** The router's dependencies over a runtime (built per request: the local cloud may move its base URL). */
export function subscribeDeps(rt: ApiRuntime, limits: RateLimits = defaultRateLimits): SubscribeDeps {
  const blobs = new S3BlobStore(rt.s3, rt.config.bucket);
  return {
    subscribers: new DynamoSubscriberRepository(rt.db, rt.config.tables.subscribers),
    changes: new DynamoChangeRepository(rt.db, rt.config.tables.changes),
    rateLimits: new DynamoRateLimitRepository(rt.db, rt.config.tables.deliveries),
    limits,
    mailer: new SesMailer(rt.ses),
    mailFrom: rt.config.mailFrom,
    configurationSet: rt.config.configurationSet,
    publicBaseUrl: rt.config.publicBaseUrl,
    tokenSecret: rt.config.tokenSecret,
    archiveBaseUrl: rt.archiveBaseUrl,
    archive: new S3ArchiveLinks(rt.s3, rt.config.bucket, (key) => blobs.exists(key)),
    now: rt.now,
    onSent: rt.onSent,
  };
}

/**
 * HTTP API handler: the route modules of functions/runtime/api-routes.ts (land pages, document/change/source pages,
 * JSON API), then subscribe (double opt-in), confirm, preferences, one-click unsubscribe, and their pages.
 */
export function createApiHandler(runtime: RuntimeSource<ApiRuntime>, options: { limits?: RateLimits } = {}) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const parsed = httpEventSchema.safeParse(event);
    if (!parsed.success) {
      logger.error('unreadable API event', { issues: parsed.error.issues });
      return { statusCode: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '无法读取的请求 unreadable request' };
    }
    const rt = await runtime();
    const deps = subscribeDeps(rt, options.limits);
    const reportError = (err: unknown) => logger.error('API request failed', { error: err instanceof Error ? err : String(err) });
    const request = toApiRequest(event);
    const response = (await routeRequest(request, rt, deps, reportError)) ?? (await handleApiRequest(request, deps, { reportError }));
    return { statusCode: response.status, headers: response.headers, body: response.body, isBase64Encoded: false };
  };
}

export const handler = createApiHandler(
  lazy(async (): Promise<ApiRuntime> => ({ ...(await runtimeCoreFromEnv(process.env, readSecretString)), db: dynamoDocumentClient(), s3: s3ClientFromEnv(), ses: sesClient() })),
);
