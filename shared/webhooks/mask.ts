/**
 * Secrets are never shown back in full: a signing secret shows its last 4 characters, a robot URL its
 * credential parameters (access_token, key) and hook path the same way.
 */
import type { StoredWebhook } from './schema.ts';

export function maskSecret(secret: string | null): string | null {
  if (secret === null) return null;
  return secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;
}

const credentialParams = ['access_token', 'key', 'token'];

export function maskedUrl(webhook: Pick<StoredWebhook, 'url' | 'kind'>): string {
  const u = new URL(webhook.url);
  for (const name of credentialParams) {
    const value = u.searchParams.get(name);
    if (value !== null) u.searchParams.set(name, maskSecret(value) ?? '');
  }
  if (webhook.kind === 'feishu') {
    // …/bot/v2/hook/{id}: the id is the credential.
    const parts = u.pathname.split('/');
    const last = parts.pop() ?? '';
    u.pathname = [...parts, maskSecret(last) ?? ''].join('/');
  }
  return decodeURIComponent(u.toString());
}

/** A webhook as shown to its subscriber (pages, CLI): nothing secret in full. */
export function webhookView(webhook: StoredWebhook) {
  return {
    id: webhook.id,
    kind: webhook.kind,
    url: maskedUrl(webhook),
    secret: maskSecret(webhook.secret),
    status: webhook.status,
    failingSince: webhook.failingSince,
    lastFailure: webhook.lastFailure,
    lastSuccessAt: webhook.lastSuccessAt,
    disabledAt: webhook.disabledAt,
  };
}
