import { assertFetchable, systemResolve, type ResolveHost } from './address-guard.ts';
import { BodyBuffer } from './body-buffer.ts';
import { IngestError, permanent, retryable } from './errors.ts';
import { isTimedOut, TimedOutError } from './link-budget.ts';

export interface HttpRequestOptions {
  userAgent: string;
  /** For the whole request: every redirect hop and the body (a slow body is cut off, not waited for). */
  timeoutMs: number;
  maxBytes: number;
  /** Allows loopback/private targets (local mode only). */
  allowPrivate: boolean;
  headers?: Record<string, string>;
  maxRedirects?: number;
  /** Resolves host names for the address guard (default: the system resolver). */
  resolve?: ResolveHost;
}

export interface HttpResponse {
  status: number;
  url: string;
  headers: Headers;
  bytes: Uint8Array;
}

/**
 * One HTTP GET with the service's safety rules: http/https only, address guard on the resolved address
 * of every hop, bounded redirects (a loop is refused when a URL comes back), one timeout for all hops
 * and the body, and a size limit enforced while streaming (also on decompressed bytes: a gzip bomb stops
 * at the limit). 304 is returned as is. 5xx and network failures are retryable; 4xx and oversize are
 * permanent; a timeout is a TimedOutError (retryable, but it used up the link's budget).
 */
export async function httpGet(rawUrl: string, options: HttpRequestOptions): Promise<HttpResponse> {
  let url = new URL(rawUrl);
  const maxRedirects = options.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const visited = new Set<string>();
  for (let hop = 0; ; hop++) {
    await assertFetchable(url, options.allowPrivate, options.resolve ?? systemResolve);
    visited.add(url.href);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: asciiHeaders({ 'user-agent': options.userAgent, accept: '*/*', ...options.headers }),
      });
    } catch (err) {
      if (isTimeout(err)) throw new TimedOutError(`超时 timed out after ${options.timeoutMs} ms: ${url.href}`);
      throw retryable(`连接失败 ${(err as Error).message}: ${url.href}`);
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (!location) throw permanent(`重定向缺少 Location redirect without Location: ${url.href}`);
      if (hop + 1 > maxRedirects) throw permanent(`重定向次数过多 more than ${maxRedirects} redirects: ${rawUrl}`);
      url = new URL(location, url);
      if (visited.has(url.href)) throw permanent(`重定向循环 redirect loop back to ${url.href}: ${rawUrl}`);
      continue;
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw retryable(`服务器错误 HTTP ${res.status}: ${url.href}`, res.status);
    }
    if (res.status >= 400) {
      await res.body?.cancel();
      throw permanent(`HTTP ${res.status}: ${url.href}`, res.status);
    }
    const bytes = res.status === 304 ? new Uint8Array(0) : await readBounded(res, options.maxBytes, url.href, options.timeoutMs);
    return { status: res.status, url: url.href, headers: res.headers, bytes };
  }
}

/** Header values must be bytes (Latin-1); anything beyond ASCII (e.g. 公报哨兵 in a User-Agent) is percent-encoded. */
function asciiHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace(/[^\x20-\x7e]+/g, (run) => encodeURIComponent(run))]));
}

async function readBounded(res: Response, maxBytes: number, href: string, timeoutMs: number): Promise<Uint8Array> {
  const header = res.headers.get('content-length');
  const declared = header === null ? null : Number(header);
  if (declared !== null && declared > maxBytes) {
    await res.body?.cancel();
    throw permanent(`文件过大 larger than ${maxBytes} bytes (${declared}): ${href}`);
  }
  if (!res.body) return new Uint8Array(0);
  // A compressed body's declared length is not its decoded one: no buffer sized by it.
  const body = new BodyBuffer(res.headers.get('content-encoding') ? null : declared);
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (body.byteLength + value.byteLength > maxBytes) {
        await reader.cancel();
        throw permanent(`文件过大 larger than ${maxBytes} bytes: ${href}`);
      }
      body.push(value);
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (isTimeout(err)) throw new TimedOutError(`读取超时 read timed out after ${timeoutMs} ms: ${href}`);
    throw retryable(`读取失败 ${(err as Error).message}: ${href}`);
  }
  return body.bytes();
}

/** An abort by the timeout signal (fetch reports it as TimeoutError, a body read sometimes as its cause). */
function isTimeout(err: unknown): boolean {
  const e = err as { name?: string; cause?: { name?: string } } | null;
  return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}

/** Retries retryable failures with exponential backoff and full jitter; a timed-out attempt is not retried (its budget is spent). */
export async function withRetries<T>(
  fn: () => Promise<T>,
  options: { attempts: number; baseDelayMs: number; sleep?: (ms: number) => Promise<void> },
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const canRetry = err instanceof IngestError && err.retryable && !isTimedOut(err) && attempt < options.attempts;
      if (!canRetry) throw err;
      await sleep(Math.random() * options.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}
