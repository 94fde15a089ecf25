import { describe, expect, it } from 'vitest';
import { digestPeriod, periodRange, previousPeriod, shanghaiDay } from '../../../shared/notify/period.ts';

describe('digestPeriod', () => {
  it('names the day and ISO week in Asia/Shanghai', () => {
    const at = new Date('2026-11-22T10:00:00+08:00');
    expect(digestPeriod('daily', at)).toBe('2026-11-22');
    expect(digestPeriod('weekly', at)).toBe('2026-W47');
  });

  it('turns the day at midnight Shanghai time, not UTC', () => {
    expect(digestPeriod('daily', new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(digestPeriod('daily', new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
    // Sunday 23:59 ends week 47; Monday 00:00 (Sunday 16:00 UTC) starts week 48.
    expect(digestPeriod('weekly', new Date('2026-11-22T15:59:59Z'))).toBe('2026-W47');
    expect(digestPeriod('weekly', new Date('2026-11-22T16:00:00Z'))).toBe('2026-W48');
    expect(shanghaiDay(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });

  it('follows ISO week-year rules at year ends', () => {
    expect(digestPeriod('weekly', new Date('2027-01-01T12:00:00+08:00'))).toBe('2026-W53');
    expect(digestPeriod('weekly', new Date('2027-01-03T12:00:00+08:00'))).toBe('2026-W53');
    expect(digestPeriod('weekly', new Date('2027-01-04T00:00:00+08:00'))).toBe('2027-W01');
    expect(digestPeriod('weekly', new Date('2024-12-30T09:00:00+08:00'))).toBe('2025-W01');
    expect(digestPeriod('weekly', new Date('2021-01-03T09:00:00+08:00'))).toBe('2020-W53');
    expect(digestPeriod('weekly', new Date('2023-01-01T09:00:00+08:00'))).toBe('2022-W52');
  });

  it('is the same key for every instant of the period (idempotency)', () => {
    const start = new Date('2026-11-16T00:00:00+08:00').getTime();
    const keys = new Set<string>();
    for (let h = 0; h < 7 * 24; h += 5) keys.add(digestPeriod('weekly', new Date(start + h * 3_600_000)));
    expect([...keys]).toEqual(['2026-W47']);
  });

  it('refuses an invalid date', () => {
    expect(() => digestPeriod('daily', new Date('nonsense'))).toThrow('invalid date');
  });
});

describe('periodRange', () => {
  it('gives the days and instants of a day', () => {
    const r = periodRange('2026-11-22');
    expect(r).toMatchObject({ frequency: 'daily', firstDay: '2026-11-22', lastDay: '2026-11-22' });
    expect(r.start.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(r.end.toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('gives Monday to Sunday of an ISO week', () => {
    expect(periodRange('2026-W47')).toMatchObject({ firstDay: '2026-11-16', lastDay: '2026-11-22' });
    expect(periodRange('2026-W53')).toMatchObject({ firstDay: '2026-12-28', lastDay: '2027-01-03' });
    expect(periodRange('2025-W01')).toMatchObject({ firstDay: '2024-12-30', lastDay: '2025-01-05' });
    expect(periodRange('2026-W47').start.toISOString()).toBe('2026-11-15T16:00:00.000Z');
  });

  it('round-trips with digestPeriod', () => {
    for (const period of ['2026-W01', '2026-W47', '2026-W53', '2020-W53', '2026-02-28', '2024-02-29']) {
      const r = periodRange(period);
      expect(digestPeriod(r.frequency, r.start)).toBe(period);
      expect(digestPeriod(r.frequency, new Date(r.end.getTime() - 1))).toBe(period);
    }
  });

  it('rejects periods that do not exist', () => {
    expect(() => periodRange('2027-W53')).toThrow('no such ISO week');
    expect(() => periodRange('2026-W00')).toThrow('no such ISO week');
    expect(() => periodRange('2026-02-29')).toThrow('not a calendar day');
    expect(() => periodRange('2026-11')).toThrow('not a digest period');
  });
});

describe('previousPeriod', () => {
  it('is the completed period before the instant', () => {
    expect(previousPeriod('daily', new Date('2026-11-23T08:00:00+08:00'))).toBe('2026-11-22');
    expect(previousPeriod('weekly', new Date('2026-11-23T08:00:00+08:00'))).toBe('2026-W47');
    expect(previousPeriod('daily', new Date('2027-01-01T08:00:00+08:00'))).toBe('2026-12-31');
  });
});
