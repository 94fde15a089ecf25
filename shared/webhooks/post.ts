/**
 * Posting one request with the retry policy: every attempt bounded by a timeout, the target checked by the
 * fetch address guard before each attempt (no loopback or private targets unless the origin is explicitly
 * allowed — the local cloud's own receiver), redirects never followed; 5xx, 429, timeouts and connection
 * errors retried with exponential backoff, 4xx and platform refusals not retried.
 */
import { assertFetchable, type ResolveHost } from '../ingest/address-guard.ts';
import { classifyAnswer, type AttemptOutcome } from './outcome.ts';
import type { WebhookKind } from './schema.ts';

export interface HttpAnswer {
  status: number;
  body: string;
  retryAfter: string | null;
}

/** Sends one POST; rejects on timeouts and connection errors. */
export type HttpPost = (request: { url: string; headers: Record<string, string>; body: string; timeoutMs: number }) => Promise<HttpAnswer>;

export const fetchPost: HttpPost = async ({ url, headers, body, timeoutMs }) => {
  const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const text = (await res.text()).slice(0, 4096);
  return { status: res.status, body: text, retryAfter: res.headers.get('retry-after') };
};

export interface PostPolicy {
  /** Attempts in all (default 4). */
  attempts: number;
  /** First backoff; doubled every attempt (default 1 s). */
  backoffMs: number;
  timeoutMs: number;
  /** Origins (scheme://host:port) allowed although not public: the local receiver only. */
  allowedOrigins: readonly string[];
}

export const defaultPostPolicy: PostPolicy = { attempts: 4, backoffMs: 1000, timeoutMs: 5000, allowedOrigins: [] };

export interface PostDeps {
  post: HttpPost;
  sleep: (ms: number) => Promise<void>;
  resolve?: ResolveHost;
}

export interface PostResult {
  outcome: AttemptOutcome;
  attempts: number;
}

async function guard(url: string, policy: PostPolicy, resolve: ResolveHost | undefined): Promise<AttemptOutcome | null> {
  const u = new URL(url);
  if (policy.allowedOrigins.includes(u.origin)) return null;
  try {
    await assertFetchable(u, false, resolve);
    return null;
  } catch (err) {
    return { kind: 'permanent', status: null, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** `build` makes the request anew for each attempt (a fresh timestamp and signature). */
export async function postWithRetries(
  kind: WebhookKind,
  build: () => { url: string; headers: Record<string, string>; body: string },
  policy: PostPolicy,
  deps: PostDeps,
): Promise<PostResult> {
  let outcome: AttemptOutcome = { kind: 'retryable', status: null, reason: 'not attempted', retryAfterMs: null };
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const request = build();
    const refused = await guard(request.url, policy, deps.resolve);
    if (refused) return { outcome: refused, attempts: attempt };
    try {
      const answer = await deps.post({ ...request, timeoutMs: policy.timeoutMs });
      outcome = classifyAnswer(kind, answer.status, answer.body, answer.retryAfter);
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      outcome = { kind: 'retryable', status: null, reason: timedOut ? `超时 timed out after ${policy.timeoutMs} ms` : `连接失败 connection failed: ${err instanceof Error ? err.message : String(err)}`, retryAfterMs: null };
    }
    if (outcome.kind !== 'retryable') return { outcome, attempts: attempt };
    if (attempt < policy.attempts) await deps.sleep(Math.max(outcome.retryAfterMs ?? 0, policy.backoffMs * 2 ** (attempt - 1)));
  }
  return { outcome, attempts: policy.attempts };
}
