/**
 * The secret part of a subscriber's calendar feed URL: the subscriber id and an HMAC of it under the link
 * secret (its own domain tag, so no other link token works as a feed token). Feeds do not expire: a calendar
 * app re-reads the same URL for years; unsubscribing ends the feed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const TAG = 'gw-calendar.v1.';

const mac = (secret: string, id: string): string => createHmac('sha256', secret).update(TAG + id).digest('base64url');

export function calendarToken(secret: string, subscriberId: string): string {
  return `${Buffer.from(subscriberId, 'utf8').toString('base64url')}.${mac(secret, subscriberId)}`;
}

/** The subscriber id of a valid token, else null. */
export function checkCalendarToken(secret: string, token: string): string | null {
  if (token.length > 512) return null;
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const id = Buffer.from(m[1]!, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, id));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) && id.length > 0 ? id : null;
}
