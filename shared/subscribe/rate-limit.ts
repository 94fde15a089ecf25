/**
 * Fixed-window rate limits: per client (source IP) and per e-mail address. The window of a moment
 * is floor(epochSeconds / windowSeconds); the window ends at (n + 1) × windowSeconds.
 */
import { sha256Hex } from '../util/hash.ts';
import type { RateLimitHit, RateLimitRepository } from './ports.ts';

export interface RateLimitRule {
  /** Part of the stored key; keeps rules with the same subject apart. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** Every request from one client that reads or writes state (all routes but the static form). */
  client: RateLimitRule;
  /** Subscribe requests (each may send a mail) from one client. */
  clientSubscribe: RateLimitRule;
  /** Subscribe requests for one address, whoever sends them. */
  address: RateLimitRule;
}

export const defaultRateLimits: RateLimits = {
  client: { name: 'client', limit: 120, windowSeconds: 600 },
  clientSubscribe: { name: 'client-subscribe', limit: 20, windowSeconds: 3600 },
  address: { name: 'address', limit: 5, windowSeconds: 3600 },
};

/** The number of the fixed window holding `now`. */
export function windowNumber(now: Date, windowSeconds: number): number {
  if (!Number.isInteger(windowSeconds) || windowSeconds <= 0) throw new Error(`windowSeconds must be a positive integer: ${windowSeconds}`);
  return Math.floor(Math.floor(now.getTime() / 1000) / windowSeconds);
}

/** Epoch seconds at which window `n` ends (the next one starts). */
export function windowEnd(n: number, windowSeconds: number): number {
  return (n + 1) * windowSeconds;
}

/** Whole seconds from `now` until its window ends: at least 1, at most windowSeconds. */
export function retryAfterSeconds(now: Date, windowSeconds: number): number {
  const end = windowEnd(windowNumber(now, windowSeconds), windowSeconds);
  return Math.max(1, Math.ceil(end - now.getTime() / 1000));
}

/** The stored key of a client: its IP as given (v4 or v6). */
export const clientKey = (rule: RateLimitRule, sourceIp: string): string => `${rule.name}:${sourceIp}`;

/**
 * One mailbox however it is written: lower case, and the "+tag" of the local part dropped (a+1@x.cn
 * and a+2@x.cn both reach a@x.cn), so sub-addressing cannot multiply the per-address limit.
 */
export function mailboxOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  const local = address.slice(0, at);
  const plus = local.indexOf('+');
  return `${plus > 0 ? local.slice(0, plus) : local}${address.slice(at)}`;
}

/** The stored key of an address: a hash of its mailbox, so the limiter holds no address in clear. */
export const addressKey = (rule: RateLimitRule, email: string): string => `${rule.name}:${sha256Hex(mailboxOf(email)).slice(0, 32)}`;

/** Counts a request under one rule; the first refusal wins. */
export async function checkRate(repo: RateLimitRepository, rule: RateLimitRule, key: string, now: Date): Promise<RateLimitHit> {
  return repo.hit(key, rule.limit, rule.windowSeconds, now);
}
