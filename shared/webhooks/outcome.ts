/**
 * What one HTTP answer means for a delivery. Chat platforms answer errors with HTTP 200 and a code in the
 * body (DingTalk and WeCom `errcode`, Feishu `code`): a non-zero code is a refusal (a wrong signature, a
 * removed robot) except the platforms' rate limits, which are retried like a 5xx. Pure.
 */
import type { WebhookKind } from './schema.ts';

export type AttemptOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retryable'; status: number | null; reason: string; retryAfterMs: number | null }
  | { kind: 'permanent'; status: number | null; reason: string };

/** Platform codes that mean "too many messages, try again" (DingTalk 130101, WeCom 45009, Feishu 9499/11232). */
const throttleCodes: Record<WebhookKind, ReadonlySet<number>> = {
  dingtalk: new Set([130101]),
  wecom: new Set([45009]),
  feishu: new Set([9499, 11232]),
  generic: new Set(),
};

function platformCode(kind: WebhookKind, body: string): { code: number; message: string } | null {
  if (kind === 'generic') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const o = parsed as Record<string, unknown>;
  const code = kind === 'feishu' ? (o.code ?? o.StatusCode) : o.errcode;
  if (typeof code !== 'number') return null;
  const message = kind === 'feishu' ? (o.msg ?? o.StatusMessage) : o.errmsg;
  return { code, message: typeof message === 'string' ? message : '' };
}

const retryAfter = (header: string | null): number | null => {
  if (!header) return null;
  const s = Number(header);
  return Number.isFinite(s) && s >= 0 ? Math.min(s * 1000, 30_000) : null;
};

export function classifyAnswer(kind: WebhookKind, status: number, body: string, retryAfterHeader: string | null = null): AttemptOutcome {
  const snippet = body.slice(0, 200);
  if (status >= 500 || status === 429 || status === 408) return { kind: 'retryable', status, reason: `HTTP ${status} ${snippet}`.trim(), retryAfterMs: retryAfter(retryAfterHeader) };
  if (status >= 300 && status < 400) return { kind: 'permanent', status, reason: `HTTP ${status}：不跟随重定向 redirects are not followed` };
  if (status >= 400) return { kind: 'permanent', status, reason: `HTTP ${status} ${snippet}`.trim() };
  const answer = platformCode(kind, body);
  if (answer && answer.code !== 0) {
    const reason = `平台错误码 platform code ${answer.code} ${answer.message}`.trim();
    return throttleCodes[kind].has(answer.code) ? { kind: 'retryable', status, reason, retryAfterMs: null } : { kind: 'permanent', status, reason };
  }
  return { kind: 'delivered', status };
}
