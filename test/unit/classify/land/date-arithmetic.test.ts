import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWorkingDays, dayOfWeek, endOfPeriod, lastDayOfPeriod } from '../../../../shared/classify/land/date-arithmetic.ts';

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
    expect(addWorkingDays('2023-09-23', 1)).toBe('2023-09-25'); // from a Saturday
    expect(addWorkingDays('2024-05-13', 5)).toBe('2024-05-20'); // an ordinary week
  });

  it('skips public holidays and counts the 调休 weekend days that make up for them', () => {
    // 2023: 中秋/国庆 9月29日–10月6日 off; Saturday 10月7日 and Sunday 10月8日 are working days.
    expect(addWorkingDays('2023-09-22', 5)).toBe('2023-10-07');
    expect(addWorkingDays('2023-09-20', 10)).toBe('2023-10-10');
    // 2024: 春节 2月10日–17日 off; Sunday 2月18日 is a working day.
    expect(addWorkingDays('2024-02-08', 2)).toBe('2024-02-18');
    // 2024: 国庆 10月1日–7日 off; Sunday 9月29日 and Saturday 10月12日 are working days.
    expect(addWorkingDays('2024-09-27', 5)).toBe('2024-10-10');
    expect(endOfPeriod('2024-09-27', 10, 'working-day')).toBe('2024-10-16');
    expect(addWorkingDays('2024-06-07', 1)).toBe('2024-06-11'); // 端午 Monday 6月10日 is off
  });

  it('moves a last day on a rest day to the next working day (民法典 art. 203), never a 调休 working day', () => {
    expect(lastDayOfPeriod('2023-09-20', 15, 'day')).toBe('2023-10-07'); // 10月5日 is 国庆; 10月7日 a 调休 Saturday
    expect(lastDayOfPeriod('2024-01-26', 30, 'day')).toBe('2024-02-26'); // Sunday 2月25日 → Monday
    expect(lastDayOfPeriod('2025-09-26', 15, 'day')).toBe('2025-10-11'); // Saturday 10月11日 is worked
    expect(lastDayOfPeriod('2024-01-20', 3, 'week')).toBe('2024-02-18'); // 2月10日 opens 春节 (to 17日); Sunday 2月18日 is worked
    expect(lastDayOfPeriod('2023-08-31', 6, 'month')).toBe('2024-02-29');
    expect(lastDayOfPeriod('2024-09-27', 10, 'working-day')).toBe(endOfPeriod('2024-09-27', 10, 'working-day'));
  });

  it('rejects dates that do not exist', () => {
    expect(addDays('2023-02-30', 1)).toBeNull();
    expect(addMonths('2023-13-01', 1)).toBeNull();
    expect(addWorkingDays('not a date', 1)).toBeNull();
  });
});
