/**
 * Whether a day is a working day in mainland China: public holidays are rest days and the 调休 weekend days that
 * make up for them are working days, from the maintained chinese-days calendar (issue 14: no hand-made table).
 */
import chineseDays from 'chinese-days';

/** `iso` (YYYY-MM-DD) is a working day. */
export function isWorkingDay(iso: string): boolean {
  return chineseDays.isWorkday(iso);
}
