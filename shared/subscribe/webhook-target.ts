/**
 * The address guard of fetching (shared/ingest/address-guard.ts) asked about a webhook URL when the subscriber
 * adds it, so a URL that could never be posted to (loopback, private, reserved) is refused at once, with the
 * guard's verdict in Chinese. A host that does not resolve right now is not refused here: the guard is asked
 * again before every delivery, and a failing webhook shows its failures on the manage page.
 */
import { assertPublicHost, systemResolve, type ResolveHost } from '../ingest/address-guard.ts';
import { IngestError } from '../ingest/errors.ts';

export interface WebhookTargetPolicy {
  resolve?: ResolveHost;
  /** Origins allowed although not public (the local cloud's own receiver only; none in production). */
  allowedOrigins?: readonly string[];
}

/** Why the guard refuses this URL as a webhook target (Chinese, then English), or null when it does not. */
export async function refusedWebhookTarget(url: string, policy: WebhookTargetPolicy = {}): Promise<string | null> {
  const target = new URL(url);
  if ((policy.allowedOrigins ?? []).includes(target.origin)) return null;
  const resolve = policy.resolve ?? systemResolve;
  let unresolvable = false;
  const answering: ResolveHost = async (host) => {
    try {
      return await resolve(host);
    } catch {
      unresolvable = true;
      return [];
    }
  };
  try {
    await assertPublicHost(target.hostname, answering);
    return null;
  } catch (err) {
    if (unresolvable) return null;
    if (err instanceof IngestError && !err.retryable) return `不能使用此地址：${err.message}（公报哨兵只向公网地址推送 webhooks are posted to public addresses only）`;
    throw err;
  }
}
