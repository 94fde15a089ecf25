/**
 * The secret part of a subscriber's Atom feed URL. The calendar feed's token mechanism (calendar/feed-token.ts)
 * signs a subject that names the purpose and the subscriber's feed generation, so a calendar token is no feed
 * token, and bumping the generation on the subscriber record revokes every earlier feed URL at once.
 */
import { calendarToken, checkCalendarToken } from '../calendar/feed-token.ts';
import type { Subscription } from '../model/subscription.ts';

const subject = (subscriberId: string, generation: number): string => `atom.${generation}.${subscriberId}`;

export function feedToken(secret: string, subscriberId: string, generation: number): string {
  return calendarToken(secret, subject(subscriberId, generation));
}

/** The subscriber and generation a valid token names, else null. */
export function checkFeedToken(secret: string, token: string): { subscriberId: string; generation: number } | null {
  const signed = checkCalendarToken(secret, token);
  const m = signed ? /^atom\.(\d{1,9})\.(.+)$/s.exec(signed) : null;
  return m ? { subscriberId: m[2]!, generation: Number(m[1]) } : null;
}

/** The subscriber's private feed URL as of their current generation. */
export function subscriberFeedUrl(publicBaseUrl: string, secret: string, subscription: Pick<Subscription, 'subscriberId' | 'feedGeneration'>): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/feeds/${feedToken(secret, subscription.subscriberId, subscription.feedGeneration ?? 0)}.atom`;
}
