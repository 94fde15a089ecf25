/**
 * The opaque cursor of GET /api/changes: where the next page starts, tied to the filters it was made for
 * (a cursor sent with other filters is refused rather than silently skipping or repeating changes) and signed
 * (HMAC-SHA256), so only positions this API handed out reach the store.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import type { FeedPosition } from '../store/change-feed.ts';
import { sha256Hex } from '../util/hash.ts';

const cursorSchema = z.object({
  v: z.literal(1),
  d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  a: z.string().max(400).nullable(),
  f: z.string().regex(/^[0-9a-f]{12}$/),
});

/** The filters a cursor belongs to. */
export function filterFingerprint(filters: { category?: string | undefined; jurisdiction?: string | undefined }): string {
  return sha256Hex(JSON.stringify([filters.category ?? null, filters.jurisdiction ?? null])).slice(0, 12);
}

const sign = (secret: string, body: string): string => createHmac('sha256', secret).update(`cursor.${body}`).digest('base64url').slice(0, 22);

export function encodeCursor(secret: string, position: FeedPosition, fingerprint: string): string {
  const body = Buffer.from(JSON.stringify({ v: 1, d: position.day, a: position.after, f: fingerprint }), 'utf8').toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export type CursorReading = { ok: true; position: FeedPosition } | { ok: false; reason: string };

export function decodeCursor(secret: string, cursor: string, fingerprint: string): CursorReading {
  const [body = '', mac = '', ...rest] = cursor.split('.');
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  const signed = rest.length === 0 && given.length === expected.length && timingSafeEqual(given, expected);
  let json: unknown = null;
  try {
    if (signed) json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    json = null;
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: '游标无效，请使用上一页回答中的 nextCursor invalid cursor: use the nextCursor of the previous answer' };
  if (parsed.data.f !== fingerprint) return { ok: false, reason: '游标属于另一组筛选条件 the cursor belongs to other filters: send the same category and jurisdiction' };
  return { ok: true, position: { day: parsed.data.d, after: parsed.data.a } };
}
