import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, filterFingerprint } from '../../../shared/api/cursor.ts';

const secret = 'a-test-secret-of-enough-length';
const position = { day: '2026-11-20', after: JSON.stringify({ pk: 'CHANGE#abc', sk: 'CHANGE', day: '2026-11-20', createdAt: '2026-11-20T03:30:00.000Z' }) };

describe('the changes cursor', () => {
  it('gives back the position it was made from, for the same filters', () => {
    const f = filterFingerprint({ category: 'land' });
    expect(decodeCursor(secret, encodeCursor(secret, position, f), f)).toEqual({ ok: true, position });
    expect(decodeCursor(secret, encodeCursor(secret, { day: '2026-11-21', after: null }, f), f)).toEqual({ ok: true, position: { day: '2026-11-21', after: null } });
  });

  it('is refused with other filters, another secret, an edited body or garbage', () => {
    const f = filterFingerprint({ category: 'land' });
    const cursor = encodeCursor(secret, position, f);
    const other = decodeCursor(secret, cursor, filterFingerprint({ category: 'land', jurisdiction: '吕梁市' }));
    expect(other.ok).toBe(false);
    expect(decodeCursor('another-secret-entirely', cursor, f).ok).toBe(false);
    const [body, mac] = cursor.split('.');
    const edited = Buffer.from(Buffer.from(body!, 'base64url').toString('utf8').replace('2026-11-20', '2026-11-19')).toString('base64url');
    expect(decodeCursor(secret, `${edited}.${mac}`, f).ok).toBe(false);
    for (const junk of ['', '.', 'abc', `${body}`, `${body}.${mac}.x`]) expect(decodeCursor(secret, junk, f).ok).toBe(false);
  });

  it('tells filters apart, and no filter from an empty one', () => {
    expect(filterFingerprint({})).toBe(filterFingerprint({ category: undefined, jurisdiction: undefined }));
    expect(filterFingerprint({ category: 'land' })).not.toBe(filterFingerprint({ jurisdiction: 'land' }));
  });
});
