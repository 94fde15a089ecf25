import { httpGet, withRetries, type HttpResponse } from '../../ingest/http-client.ts';

/**
 * The GET the CLI's probes use: the fetch stage's safety rules (address guard on every hop, redirects bounded,
 * time and size limits), two retries. Loopback and private addresses only with `allowPrivate` (the local
 * sample site).
 */
export function cliGet(options: { allowPrivate: boolean; timeoutMs?: number; maxBytes?: number }): (url: string, headers?: Record<string, string>) => Promise<HttpResponse> {
  return (url, headers) =>
    withRetries(
      () =>
        httpGet(url, {
          userAgent: 'gazette-watch/0.1 (Gongbao Shaobing probe; +https://github.com/gazette-watch/gazette-watch)',
          timeoutMs: options.timeoutMs ?? 30_000,
          maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
          allowPrivate: options.allowPrivate,
          ...(headers ? { headers } : {}),
        }),
      { attempts: 2, baseDelayMs: 500 },
    );
}
