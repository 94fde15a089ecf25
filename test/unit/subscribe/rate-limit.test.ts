import { describe, expect, it } from 'vitest';
import { addressKey, defaultRateLimits, retryAfterSeconds, windowEnd, windowNumber, clientKey } from '../../../shared/subscribe/rate-limit.ts';

describe('fixed-window maths', () => {
  it('numbers windows from the epoch and ends each at the next multiple', () => {
    const at = new Date('2026-11-20T02:00:00Z'); // 1795140000 s, a multiple of 3600
    expect(windowNumber(at, 3600)).toBe(1795140000 / 3600);
    expect(windowNumber(new Date(at.getTime() - 1), 3600)).toBe(1795140000 / 3600 - 1);
    expect(windowNumber(new Date(at.getTime() + 3599_999), 3600)).toBe(1795140000 / 3600);
    expect(windowEnd(windowNumber(at, 3600), 3600)).toBe(1795140000 + 3600);
  });

  it('tells a refused client how long to wait: whole seconds, at least one, at most the window', () => {
    const start = new Date('2026-11-20T02:00:00Z');
    expect(retryAfterSeconds(start, 600)).toBe(600);
    expect(retryAfterSeconds(new Date(start.getTime() + 599_500), 600)).toBe(1);
    expect(retryAfterSeconds(new Date(start.getTime() + 599_999), 600)).toBe(1);
    expect(retryAfterSeconds(new Date(start.getTime() + 100_250), 600)).toBe(500);
  });

  it('refuses a window that is not a positive whole number of seconds', () => {
    expect(() => windowNumber(new Date(), 0)).toThrow();
    expect(() => windowNumber(new Date(), 1.5)).toThrow();
  });

  it('keys addresses by a hash (case-insensitive) and clients by IP', () => {
    const rule = defaultRateLimits.address;
    expect(addressKey(rule, 'Wang@Example.com ')).toBe(addressKey(rule, 'wang@example.com'));
    expect(addressKey(rule, 'wang@example.com')).not.toContain('wang');
    expect(addressKey(rule, 'wang@example.com')).not.toBe(addressKey(rule, 'li@example.com'));
    expect(clientKey(defaultRateLimits.client, '203.0.113.7')).toBe('client:203.0.113.7');
  });
});
