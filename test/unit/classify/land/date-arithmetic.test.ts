import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWorkingDays, dayOfWeek, endOfPeriod } from '../../../../shared/classify/land/date-arithmetic.ts';

describe('date arithmetic (UTC, ISO in and out)', () => {
  it('adds calendar days across month and year ends and leap days', () => {
    expect(addDays('2023-09-22', 15)).toBe('2023-10-07');
    expect(addDays('2023-12-25', 10)).toBe('2024-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
  });

  it('adds months clamped to the last day of the month (民法典 art. 202)', () => {
    expect(addMonths('2023-04-27', 6)).toBe('2023-10-27');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
    expect(endOfPeriod('2023-05-10', 1, 'year')).toBe('2024-05-10');
  });

  it('counts working days from the next day, skipping weekends', () => {
    expect(dayOfWeek('2023-09-22')).toBe(5); // a Friday
    expect(addWorkingDays('2023-09-22', 1)).toBe('2023-09-25'); // Friday + 1 → Monday
    expect(addWorkingDays('2023-09-22', 5)).toBe('2023-09-29');
    expect(addWorkingDays('2023-09-23', 1)).toBe('2023-09-25'); // from a Saturday
    expect(addWorkingDays('2023-09-20', 10)).toBe('2023-10-04'); // holidays are ignored on purpose
  });

  it('rejects dates that do not exist', () => {
    expect(addDays('2023-02-30', 1)).toBeNull();
    expect(addMonths('2023-13-01', 1)).toBeNull();
    expect(addWorkingDays('not a date', 1)).toBeNull();
  });
});
