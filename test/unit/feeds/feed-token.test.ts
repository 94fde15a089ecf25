import { describe, expect, it } from 'vitest';
import { calendarToken, checkCalendarToken } from '../../../shared/calendar/feed-token.ts';
import { checkFeedToken, feedToken, subscriberFeedUrl } from '../../../shared/feeds/feed-token.ts';

const secret = 'a-test-secret-of-enough-length';

describe('feed tokens on the calendar token mechanism', () => {
  it('round-trips the subscriber and generation', () => {
    expect(checkFeedToken(secret, feedToken(secret, 'sub-1', 3))).toEqual({ subscriberId: 'sub-1', generation: 3 });
  });
  it('a calendar token is no feed token, and a feed token names no subscriber to the calendar route', () => {
    expect(checkFeedToken(secret, calendarToken(secret, 'sub-1'))).toBeNull();
    expect(checkCalendarToken(secret, feedToken(secret, 'sub-1', 0))).not.toBe('sub-1');
  });
  it('refuses a token under another secret or altered', () => {
    const t = feedToken(secret, 'sub-1', 0);
    expect(checkFeedToken('another-secret-of-enough-length', t)).toBeNull();
    expect(checkFeedToken(secret, `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
  });
  it('a new generation gives a new URL (the old one is revoked by the route)', () => {
    expect(subscriberFeedUrl('https://w.example.com/', secret, { subscriberId: 's', feedGeneration: 1 })).not.toBe(subscriberFeedUrl('https://w.example.com', secret, { subscriberId: 's' }));
  });
});
