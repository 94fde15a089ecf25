import { describe, expect, it } from 'vitest';
import { formDefaults, oneClickSchema, preferenceFieldsSchema, splitList, subscribeInputSchema } from '../../../shared/subscribe/schemas.ts';

describe('subscribe input schemas', () => {
  it('splits free-text lists on Chinese and ASCII separators and drops duplicates', () => {
    expect(splitList('离石区，太原市、山阴县; 离石区\n 141100 ')).toEqual(['离石区', '太原市', '山阴县', '离石区', '141100']);
    const parsed = subscribeInputSchema.parse({ email: 'a@example.com', jurisdictions: '离石区，太原市、离石区', keywordsAny: ['征收', '补偿，征收'] });
    expect(parsed.jurisdictions).toEqual(['离石区', '太原市']);
    expect(parsed.keywordsAny).toEqual(['征收', '补偿']);
  });

  it('normalises the address and refuses a bad one with a bilingual message', () => {
    expect(subscribeInputSchema.parse({ email: '  Wang.Lawyer@Example.COM ' }).email).toBe('wang.lawyer@example.com');
    const bad = subscribeInputSchema.safeParse({ email: 'wang at example' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('请填写有效的邮箱地址 enter a valid e-mail address');
    expect(subscribeInputSchema.safeParse({}).error?.issues[0]?.message).toContain('an e-mail address is required');
    expect(subscribeInputSchema.safeParse({ email: `${'a'.repeat(250)}@example.com` }).success).toBe(false);
  });

  it('accepts categories from checkboxes (one value or several) and refuses unknown ones', () => {
    expect(subscribeInputSchema.parse({ email: 'a@example.com', categories: 'land' }).categories).toEqual(['land']);
    expect(subscribeInputSchema.parse({ email: 'a@example.com', categories: ['land', 'appointment'] }).categories).toEqual(['land', 'appointment']);
    expect(subscribeInputSchema.safeParse({ email: 'a@example.com', categories: ['land', 'gossip'] }).success).toBe(false);
    expect(subscribeInputSchema.safeParse({ email: 'a@example.com', frequency: 'hourly' }).error?.issues[0]?.message).toContain('choose immediate, daily or weekly');
  });

  it('bounds list sizes and item lengths', () => {
    expect(subscribeInputSchema.safeParse({ email: 'a@example.com', places: Array.from({ length: 51 }, (_, i) => `村${i}`) }).success).toBe(false);
    expect(subscribeInputSchema.safeParse({ email: 'a@example.com', places: ['村'.repeat(101)] }).success).toBe(false);
    expect(subscribeInputSchema.safeParse({ email: 'a@example.com', places: { a: 1 } }).success).toBe(false);
  });

  it('keeps JSON updates partial and makes a form post complete', () => {
    expect(preferenceFieldsSchema.parse({ frequency: 'weekly' })).toEqual({ frequency: 'weekly' });
    const form = preferenceFieldsSchema.parse(formDefaults({ frequency: 'daily', name: '' }));
    expect(form.categories).toEqual([]);
    expect(form.places).toEqual([]);
    expect(form.name).toBeNull();
  });

  it('accepts only the exact RFC 8058 one-click body', () => {
    expect(oneClickSchema.safeParse({ 'List-Unsubscribe': 'One-Click' }).success).toBe(true);
    expect(oneClickSchema.safeParse({ 'List-Unsubscribe': 'one-click' }).success).toBe(false);
    expect(oneClickSchema.safeParse({}).success).toBe(false);
  });
});
