/**
 * Signed tokens for the links in mails (confirm, preferences, unsubscribe):
 * base64url(JSON payload) "." base64url(HMAC-SHA256(secret, "gw-token.v1." + payload part)),
 * checked in constant time. Times are milliseconds since the epoch (Date.now()).
 *
 * Unsubscribe tokens never expire: an old alert must always be unsubscribable. They are revoked with
 * the subscription they name (a removed subscription's link finds nothing to act on) or with the secret.
 * Confirm and preferences tokens expire; an expired one still names its subscriber (the signature is
 * checked first), so the page can offer to mail a fresh link to the address on file.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

export const tokenPurposeSchema = z.enum(['confirm', 'preferences', 'unsubscribe']);
export type TokenPurpose = z.infer<typeof tokenPurposeSchema>;

export interface TokenPayload {
  subscriberId: string;
  purpose: TokenPurpose;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export type TokenResult =
  | { subscriberId: string }
  | { error: 'invalid' | 'wrong-purpose' }
  /** Authentic but past its time: whose it was, for offering a fresh link. */
  | { error: 'expired'; subscriberId: string };

/** Which purposes carry a lifetime. */
export const expiringPurposes: Readonly<Record<TokenPurpose, boolean>> = { confirm: true, preferences: true, unsubscribe: false };

/** Compact wire form of the payload. */
const wireSchema = z.object({
  s: z.string().min(1),
  p: tokenPurposeSchema,
  e: z.number().int().nonnegative(),
});

const domainTag = 'gw-token.v1.';
const base64urlPattern = /^[A-Za-z0-9_-]+$/;
/** A token longer than this is not one of ours; refuse before any work. */
const maxTokenLength = 2048;

function assertSecret(secret: string): void {
  if (secret.length < 16) throw new Error('token secret must be at least 16 characters');
}

function mac(secret: string, payloadPart: string): Buffer {
  return createHmac('sha256', secret).update(domainTag + payloadPart).digest();
}

export function signToken(secret: string, payload: TokenPayload): string {
  assertSecret(secret);
  const wire = wireSchema.parse({ s: payload.subscriberId, p: payload.purpose, e: payload.expiresAt });
  const payloadPart = Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url');
  return `${payloadPart}.${mac(secret, payloadPart).toString('base64url')}`;
}

export function verifyToken(secret: string, token: string, purpose: TokenPurpose, now: number): TokenResult {
  assertSecret(secret);
  if (token.length > maxTokenLength) return { error: 'invalid' };
  const parts = token.split('.');
  if (parts.length !== 2) return { error: 'invalid' };
  const [payloadPart, signaturePart] = parts as [string, string];
  if (!base64urlPattern.test(payloadPart) || !base64urlPattern.test(signaturePart)) return { error: 'invalid' };

  const expected = mac(secret, payloadPart);
  const given = Buffer.from(signaturePart, 'base64url');
  // Re-encoding must give back the same text: no alternative spellings of one signature.
  if (given.length !== expected.length || given.toString('base64url') !== signaturePart) return { error: 'invalid' };
  if (!timingSafeEqual(given, expected)) return { error: 'invalid' };

  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    return { error: 'invalid' };
  }
  const wire = wireSchema.safeParse(decoded);
  if (!wire.success) return { error: 'invalid' };
  if (wire.data.p !== purpose) return { error: 'wrong-purpose' };
  if (expiringPurposes[wire.data.p] && now >= wire.data.e) return { error: 'expired', subscriberId: wire.data.s };
  return { subscriberId: wire.data.s };
}
