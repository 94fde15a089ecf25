import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../../shared/notify/tokens.ts';

const secret = 'test-secret-0123456789abcdef';
const now = Date.parse('2026-11-22T00:00:00Z');
const dayMs = 86_400_000;

function token(purpose: 'confirm' | 'preferences' | 'unsubscribe' = 'unsubscribe', expiresAt = now + 30 * dayMs): string {
  return signToken(secret, { subscriberId: 'sub-离石-1', purpose, expiresAt });
}

/** Flips one character of a base64url string to another valid one. */
function flip(s: string, index: number): string {
  const c = s[index] ?? 'A';
  return `${s.slice(0, index)}${c === 'A' ? 'B' : 'A'}${s.slice(index + 1)}`;
}

describe('signed tokens', () => {
  it('round-trips the subscriber for the right purpose before expiry', () => {
    const t = token();
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyToken(secret, t, 'unsubscribe', now)).toEqual({ subscriberId: 'sub-离石-1' });
    expect(verifyToken(secret, token('confirm'), 'confirm', now + 29 * dayMs)).toEqual({ subscriberId: 'sub-离石-1' });
  });

  it('expires at expiresAt', () => {
    const t = token('preferences', now + 1000);
    expect(verifyToken(secret, t, 'preferences', now + 999)).toEqual({ subscriberId: 'sub-离石-1' });
    expect(verifyToken(secret, t, 'preferences', now + 1000)).toEqual({ error: 'expired', subscriberId: 'sub-离石-1' });
    expect(verifyToken(secret, token('confirm', now + 1000), 'confirm', now + 1000)).toEqual({ error: 'expired', subscriberId: 'sub-离石-1' });
  });

  it('never expires an unsubscribe link: years later it still names its subscriber', () => {
    const t = token('unsubscribe', now + 60 * dayMs);
    expect(verifyToken(secret, t, 'unsubscribe', now + 10 * 365 * dayMs)).toEqual({ subscriberId: 'sub-离石-1' });
    // Still bound to its secret and purpose: revocable by rotating the secret.
    expect(verifyToken('rotated-secret-0123456789', t, 'unsubscribe', now + 10 * 365 * dayMs)).toEqual({ error: 'invalid' });
  });

  it('says nobody for an expired token whose signature is wrong', () => {
    const [payload = '', signature = ''] = token('preferences', now + 1000).split('.');
    expect(verifyToken(secret, `${payload}.${flip(signature, 2)}`, 'preferences', now + 5000)).toEqual({ error: 'invalid' });
  });

  it('refuses a token made for another purpose', () => {
    expect(verifyToken(secret, token('confirm'), 'unsubscribe', now)).toEqual({ error: 'wrong-purpose' });
    expect(verifyToken(secret, token('unsubscribe'), 'preferences', now)).toEqual({ error: 'wrong-purpose' });
  });

  it('refuses tampered, foreign and malformed tokens', () => {
    const t = token();
    const [payload = '', signature = ''] = t.split('.');
    expect(verifyToken('another-secret-0123456789', t, 'unsubscribe', now)).toEqual({ error: 'invalid' });
    expect(verifyToken(secret, `${flip(payload, 3)}.${signature}`, 'unsubscribe', now)).toEqual({ error: 'invalid' });
    expect(verifyToken(secret, `${payload}.${flip(signature, 5)}`, 'unsubscribe', now)).toEqual({ error: 'invalid' });
    expect(verifyToken(secret, `${payload}.${signature.slice(0, -2)}`, 'unsubscribe', now)).toEqual({ error: 'invalid' });
    // A forged payload (longer expiry, other subscriber) under the old signature.
    const forged = Buffer.from(JSON.stringify({ s: 'sub-2', p: 'unsubscribe', e: now + 99 * dayMs })).toString('base64url');
    expect(verifyToken(secret, `${forged}.${signature}`, 'unsubscribe', now)).toEqual({ error: 'invalid' });
    for (const junk of ['', '.', 'abc', `${t}.x`, `${payload}.${signature}=`, 'a+b.c/d', 'x'.repeat(5000)]) {
      expect(verifyToken(secret, junk, 'unsubscribe', now), junk.slice(0, 20)).toEqual({ error: 'invalid' });
    }
  });

  it('refuses a correctly signed payload that is not a token', () => {
    // Signed with the real secret in the documented format, but the payload breaks the schema.
    const payload = Buffer.from('{"s":"","p":"unsubscribe","e":1}').toString('base64url');
    const signature = createHmac('sha256', secret).update(`gw-token.v1.${payload}`).digest('base64url');
    expect(verifyToken(secret, `${payload}.${signature}`, 'unsubscribe', 0)).toEqual({ error: 'invalid' });
  });

  it('refuses short secrets and bad payloads when signing', () => {
    expect(() => signToken('short', { subscriberId: 's', purpose: 'confirm', expiresAt: now })).toThrow('16');
    expect(() => verifyToken('short', token(), 'unsubscribe', now)).toThrow('16');
    expect(() => signToken(secret, { subscriberId: '', purpose: 'confirm', expiresAt: now })).toThrow();
    expect(() => signToken(secret, { subscriberId: 's', purpose: 'confirm', expiresAt: 1.5 })).toThrow();
  });
});
