/**
 * The local cloud's HTTP API: a node:http server on loopback that turns each request into the
 * API Gateway HTTP API event (payload format 2.0) and calls the real handler of functions/api.ts.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createApiHandler } from '../../functions/api.ts';
import type { Runtime } from '../../functions/runtime/runtime.ts';
import { MAX_BODY_BYTES } from '../../shared/subscribe/http-types.ts';
import type { RateLimits } from '../../shared/subscribe/rate-limit.ts';

const HOST = '127.0.0.1';

export interface ApiServer {
  url: string;
  /** True when it listens on the port asked for (mail links stay the same between runs). */
  stablePort: boolean;
  close(): Promise<void>;
}

/** Past this much, a too-large upload is cut off instead of drained. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Reads the body, keeping at most `limit + 1` bytes: enough for the handler to see that it is too
 * large and answer 413 in the client's format. The rest is drained (so the client reads that answer
 * rather than a reset connection), up to a point where the upload is simply cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > DRAIN_LIMIT_BYTES) req.destroy();
      if (kept > limit) return;
      const part = chunk.subarray(0, limit + 1 - kept);
      chunks.push(part);
      kept += part.length;
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Text bodies travel as text, everything else base64-encoded, as API Gateway does. */
function isTextual(contentType: string): boolean {
  return /^(text\/|application\/(json|x-www-form-urlencoded|xml)|[^;]*\+json)/i.test(contentType.trim());
}

/** One node:http request as the event API Gateway would deliver. */
export function toHttpApiEvent(req: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const now = new Date();
  const textual = isTextual(headers['content-type'] ?? '');
  const rawQueryString = url.search.replace(/^\?/, '');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString,
    ...(rawQueryString ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
    headers,
    ...(body.length > 0 ? { body: textual ? body.toString('utf8') : body.toString('base64'), isBase64Encoded: !textual } : { isBase64Encoded: false }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? HOST,
      domainPrefix: 'local',
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? HOST,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
  };
}

function send(res: ServerResponse, status: number, headers: Record<string, string | number | boolean>, body: string | Buffer): void {
  res.writeHead(status, Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])));
  res.end(body);
}

/**
 * Serves the api function (pages, JSON API, subscription) on 127.0.0.1 (`options.limits`: other rate limits, for tests): on `options.port` when given and free (npm start asks
 * for the same one every run, so links in earlier local mails point at the same place), else on a port chosen now. `runtime` is read per
 * request, so the local cloud can point mail links at this server's URL once it listens.
 */
export async function startApiServer(runtime: () => Runtime, options: { port?: number; limits?: RateLimits } = {}): Promise<ApiServer> {
  const handler = createApiHandler(() => runtime(), options.limits ? { limits: options.limits } : {});
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req, MAX_BODY_BYTES);
        const result = await handler(toHttpApiEvent(req, body));
        const payload = result.body === undefined ? '' : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body;
        send(res, result.statusCode ?? 200, result.headers ?? {}, payload);
      } catch (err) {
        // The reason goes to the operator's terminal, never to the visitor.
        process.stderr.write(`api-server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        send(res, 500, { 'content-type': 'text/plain; charset=utf-8' }, '服务暂时出错，请稍后再试 something went wrong on our side, please try again later');
      }
    })();
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  let stablePort = options.port !== undefined && options.port !== 0;
  try {
    await listen(options.port ?? 0);
  } catch (err) {
    // The wanted port is taken (another local cloud, a test): serve on a free one and say so.
    if (!stablePort || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    stablePort = false;
    await listen(0);
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    stablePort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
