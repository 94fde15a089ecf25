import { describe, expect, it } from 'vitest';
import { firesWithin, parseCron } from '../../../shared/stages/cron.ts';
import { dueSources } from '../../../shared/stages/plan.ts';
import { sourceSchema } from '../../../shared/model/source.ts';

describe('cron schedules in Asia/Shanghai', () => {
  it('fires 09:30 Shanghai = 01:30 UTC, inside the last hour only', () => {
    const spec = parseCron('30 9 * * *');
    expect(firesWithin(spec, new Date('2026-11-22T01:45:00Z'), 60)).toBe(true);
    expect(firesWithin(spec, new Date('2026-11-22T02:45:00Z'), 60)).toBe(false);
  });

  it('understands ranges, steps, lists and weekdays (7 = Sunday)', () => {
    const spec = parseCron('0 8-20/2 * * 1-5');
    expect([...spec.hours]).toEqual([8, 10, 12, 14, 16, 18, 20]);
    expect(parseCron('0 0 * * 7').weekdays.has(0)).toBe(true);
    // Sunday 2026-11-22 10:00 Shanghai: weekdays 1-5 do not fire.
    expect(firesWithin(spec, new Date('2026-11-22T02:00:00Z'), 60)).toBe(false);
    expect(firesWithin(spec, new Date('2026-11-23T02:00:00Z'), 60)).toBe(true);
  });

  it('rejects malformed expressions with a clear message', () => {
    expect(() => parseCron('* * *')).toThrow(/5 fields/);
    expect(() => parseCron('61 * * * *')).toThrow(/invalid cron field/);
  });

  it('plans only the sources whose schedule fired', () => {
    const make = (id: string, schedule: string) =>
      sourceSchema.parse({
        id,
        name: id,
        schedule,
        jurisdiction: { province: '山西省', divisionCode: '140000' },
        kind: 'gazette',
        discovery: { method: 'html-index', indexUrl: 'http://example.cn/', linkPattern: '\\.pdf$' },
      });
    const due = dueSources([make('hourly', '0 * * * *'), make('morning', '30 9 * * *')], new Date('2026-11-22T05:00:00Z'), 60);
    expect(due.map((s) => s.id)).toEqual(['hourly']);
  });
});
