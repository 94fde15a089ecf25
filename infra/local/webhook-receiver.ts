/**
 * The local cloud's webhook receiver: a loopback HTTP server standing in for the DingTalk, WeCom and Feishu
 * robots and a generic endpoint. It checks each request the way that platform does — DingTalk: `timestamp`
 * (ms, within an hour) and `sign` = Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)) in the query;
 * Feishu: `timestamp` (s, within an hour) and `sign` = Base64(HMAC-SHA256(key = timestamp + "\n" + secret,
 * "")) in the body; WeCom: the key in the URL, markdown at most 4096 bytes; generic: X-GW-Signature =
 * sha256=hex(HMAC-SHA256(secret, timestamp + "." + body)) — and answers as the platform would (HTTP 200 with
 * an error code for a refusal). Every request is written to `<dir>/NNN-<kind>.json` with its headers, body,
 * verdict and answer. Tests script answers (503 then 200, 400, a hang) per endpoint.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type ReceiverKind = 'dingtalk' | 'wecom' | 'feishu' | 'generic';

export interface Endpoint {
  kind: ReceiverKind;
  /** A name for the endpoint, part of its path. */
  name: string;
  /** The signing secret (DingTalk, Feishu, generic); WeCom's key is the name. */
  secret: string | null;
}

export interface ReceivedDelivery {
  n: number;
  kind: ReceiverKind;
  endpoint: string;
  receivedAt: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  verified: boolean;
  /** Why the platform would refuse it (null when accepted). */
  refusal: string | null;
  answer: { status: number; body: string } | 'timeout';
}

/** A scripted answer, taken before the normal handling: an HTTP status, or no answer at all. */
export type Scripted = number | 'timeout';

export interface WebhookReceiver {
  url: string;
  origin: string;
  /** Registers an endpoint; resolves to the URL a subscriber's webhook posts to. */
  register(endpoint: Endpoint): string;
  /** Answers the next requests to this endpoint with these, in order, then normally again. */
  script(name: string, answers: Scripted[]): void;
  readonly received: ReceivedDelivery[];
  close(): Promise<void>;
}

const HOUR_MS = 3600 * 1000;
const MAX_BODY = 64 * 1024;

const hmacBase64 = (key: string, message: string): string => createHmac('sha256', key).update(message, 'utf8').digest('base64');
const sameText = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};
const withinHour = (tsMs: number, now: Date): boolean => Number.isFinite(tsMs) && Math.abs(now.getTime() - tsMs) <= HOUR_MS;

/** The platform's verdict: null when accepted, else why it refuses. */
function check(endpoint: Endpoint, query: URLSearchParams, headers: Record<string, string>, raw: string, body: unknown, now: Date): string | null {
  const o = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  switch (endpoint.kind) {
    case 'dingtalk': {
      // URLSearchParams has URL-decoded `sign` once: compare with the Base64 signature itself.
      const ts = query.get('timestamp') ?? '';
      const sign = query.get('sign') ?? '';
      if (!withinHour(Number(ts), now)) return 'timestamp is not within one hour';
      if (!sameText(sign, hmacBase64(endpoint.secret ?? '', `${ts}\n${endpoint.secret ?? ''}`))) return 'sign not match';
      return o.msgtype === 'markdown' ? null : 'msgtype must be markdown';
    }
    case 'feishu': {
      const ts = typeof o.timestamp === 'string' ? o.timestamp : '';
      const sign = typeof o.sign === 'string' ? o.sign : '';
      if (!withinHour(Number(ts) * 1000, now)) return 'timestamp is not within one hour from current time';
      if (!sameText(sign, hmacBase64(`${ts}\n${endpoint.secret ?? ''}`, ''))) return 'sign match fail';
      return Buffer.byteLength(raw) <= 20 * 1024 ? null : 'request body exceeds 20 KB';
    }
    case 'wecom': {
      if (query.get('key') !== endpoint.name) return 'invalid webhook url';
      const md = (o.markdown ?? {}) as Record<string, unknown>;
      const content = typeof md.content === 'string' ? md.content : '';
      return Buffer.byteLength(content, 'utf8') <= 4096 ? null : 'markdown.content exceed max length 4096';
    }
    case 'generic': {
      const ts = headers['x-gw-timestamp'] ?? '';
      const signature = headers['x-gw-signature'] ?? '';
      if (!withinHour(Number(ts) * 1000, now)) return 'stale timestamp';
      const expected = `sha256=${createHmac('sha256', endpoint.secret ?? '').update(`${ts}.${raw}`, 'utf8').digest('hex')}`;
      return sameText(signature, expected) ? null : 'bad signature';
    }
  }
}

/** The platform's answer to an accepted or refused request. */
function answerFor(kind: ReceiverKind, refusal: string | null): { status: number; body: string } {
  switch (kind) {
    case 'dingtalk':
      return { status: 200, body: JSON.stringify(refusal ? { errcode: refusal.startsWith('sign') || refusal.startsWith('timestamp') ? 310000 : 40035, errmsg: refusal } : { errcode: 0, errmsg: 'ok' }) };
    case 'wecom':
      return { status: 200, body: JSON.stringify(refusal ? { errcode: refusal.startsWith('invalid') ? 93000 : 40058, errmsg: refusal } : { errcode: 0, errmsg: 'ok' }) };
    case 'feishu':
      return { status: 200, body: JSON.stringify(refusal ? { code: 19021, data: {}, msg: refusal } : { code: 0, data: {}, msg: 'success' }) };
    case 'generic':
      return refusal ? { status: 401, body: JSON.stringify({ error: refusal }) } : { status: 200, body: JSON.stringify({ ok: true }) };
  }
}

const pathOf = (endpoint: Endpoint): string => {
  switch (endpoint.kind) {
    case 'dingtalk':
      return `/dingtalk/${endpoint.name}/robot/send`;
    case 'wecom':
      return `/wecom/cgi-bin/webhook/send`;
    case 'feishu':
      return `/feishu/open-apis/bot/v2/hook/${endpoint.name}`;
    case 'generic':
      return `/generic/${endpoint.name}`;
  }
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebhookReceiver(options: { dir: string; now: () => Date }): Promise<WebhookReceiver> {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const endpoints = new Map<string, Endpoint>();
  const scripts = new Map<string, Scripted[]>();
  const received: ReceivedDelivery[] = [];
  const hanging = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const key = url.pathname === '/wecom/cgi-bin/webhook/send' ? `wecom:${url.searchParams.get('key') ?? ''}` : url.pathname;
    const endpoint = endpoints.get(key) ?? (url.pathname === '/wecom/cgi-bin/webhook/send' ? [...endpoints.values()].find((e) => e.kind === 'wecom') : undefined);
    if (req.method !== 'POST' || !endpoint) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such robot');
      return;
    }
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      /* kept as text */
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
    const refusal = check(endpoint, url.searchParams, headers, raw, body, options.now());
    const scripted = scripts.get(endpoint.name)?.shift();
    const answer: ReceivedDelivery['answer'] =
      scripted === 'timeout' ? 'timeout' : scripted !== undefined ? { status: scripted, body: JSON.stringify({ scripted: scripted }) } : answerFor(endpoint.kind, refusal);
    const n = received.length + 1;
    const delivery: ReceivedDelivery = {
      n,
      kind: endpoint.kind,
      endpoint: endpoint.name,
      receivedAt: options.now().toISOString(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      verified: refusal === null,
      refusal,
      answer,
    };
    received.push(delivery);
    writeFileSync(join(options.dir, `${String(n).padStart(3, '0')}-${endpoint.kind}.json`), `${JSON.stringify(delivery, null, 2)}\n`);
    if (answer === 'timeout') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' }).end(answer.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    received,
    register(endpoint) {
      const path = pathOf(endpoint);
      endpoints.set(endpoint.kind === 'wecom' ? `wecom:${endpoint.name}` : path, endpoint);
      return endpoint.kind === 'wecom' ? `${origin}${path}?key=${encodeURIComponent(endpoint.name)}` : endpoint.kind === 'dingtalk' ? `${origin}${path}?access_token=${encodeURIComponent(endpoint.name)}` : `${origin}${path}`;
    },
    script(name, answers) {
      scripts.set(name, [...(scripts.get(name) ?? []), ...answers]);
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
