import { describe, expect, it } from 'vitest';
import { isRecheckScheduled, recheckHorizonDays, recheckSlot, WEEKLY_RECHECKS } from '../../../shared/ingest/recheck-schedule.ts';

const DAY = 24 * 3600 * 1000;
const first = '2026-11-01T02:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(first) + hours * 3600 * 1000);
/** The runs of an hourly fetch over `days` that re-check the issue (the previous run is an hour earlier). */
const recheckRuns = (days: number, awaiting = false) =>
  Array.from({ length: days * 24 }, (_, h) => h + 1).filter((h) => isRecheckScheduled(first, at(h), at(h - 1).toISOString(), 14, awaiting));

describe('decaying re-check schedule', () => {
  it('re-checks once a day for recheckDays, then once a week, then never', () => {
    const runs = recheckRuns(recheckHorizonDays(14) + 30);
    const daily = runs.filter((h) => h <= 14 * 24);
    expect(daily).toEqual(Array.from({ length: 14 }, (_, d) => (d + 1) * 24));
    const weekly = runs.filter((h) => h > 14 * 24);
    expect(weekly.length).toBe(WEEKLY_RECHECKS);
    for (const [i, h] of weekly.entries()) expect(h).toBe((14 + 7 * (i + 1)) * 24);
    // 14 + 10 in total where the hourly schedule did 14 × 24 = 336.
    expect(runs.length).toBe(14 + WEEKLY_RECHECKS);
  });

  it('catches up once after a gap (a source fetched on weekdays only), not once per missed day', () => {
    expect(isRecheckScheduled(first, at(24 * 5), at(24 * 2).toISOString(), 14)).toBe(true);
    expect(isRecheckScheduled(first, at(24 * 5 + 1), at(24 * 5).toISOString(), 14)).toBe(false);
  });

  it('tries a missing file on every run during its first day, then daily', () => {
    const runs = recheckRuns(3, true);
    expect(runs.filter((h) => h <= 24)).toHaveLength(24);
    expect(runs.filter((h) => h > 24)).toEqual([48, 72]);
  });

  it('re-checks when the previous run is unknown, never with recheckDays 0 or a bad date', () => {
    expect(isRecheckScheduled(first, at(3), null, 14)).toBe(true);
    expect(isRecheckScheduled(first, at(30), null, 0)).toBe(false);
    expect(isRecheckScheduled('not a date', at(30), null, 14)).toBe(false);
    expect(isRecheckScheduled(first, new Date(Date.parse(first) + (recheckHorizonDays(14) + 1) * DAY), null, 14)).toBe(false);
  });

  it('numbers periods monotonically across the change from days to weeks', () => {
    const slots = Array.from({ length: 200 }, (_, d) => recheckSlot(d * DAY, 14));
    for (let i = 1; i < slots.length; i++) expect(slots[i]!).toBeGreaterThanOrEqual(slots[i - 1]!);
    expect(recheckSlot(-1, 14)).toBe(-1);
  });
});
