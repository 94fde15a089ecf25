import { shanghaiFields } from '../util/shanghai-time.ts';

/** Parses one cron field (minute hour day-of-month month day-of-week) into the set of values it allows. */
function fieldValues(field: string, min: number, max: number): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '*', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const bounds = range === '*' ? [min, max] : range.split('-').map(Number);
    const lo = bounds[0] ?? Number.NaN;
    const hi = bounds[1] ?? (stepText === undefined ? lo : max);
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || !Number.isInteger(step) || step < 1 || lo < min || hi > max || lo > hi) {
      throw new Error(`无效的 cron 字段 invalid cron field "${field}"`);
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return values;
}

export interface CronSpec {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
}

/** A five-field cron expression, read in Asia/Shanghai. */
export function parseCron(expression: string): CronSpec {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`cron 需要 5 个字段 a cron expression has 5 fields: "${expression}"`);
  const [m = '', h = '', dom = '', mon = '', dow = ''] = fields;
  const weekdays = fieldValues(dow, 0, 7);
  if (weekdays.has(7)) weekdays.add(0);
  return { minutes: fieldValues(m, 0, 59), hours: fieldValues(h, 0, 23), days: fieldValues(dom, 1, 31), months: fieldValues(mon, 1, 12), weekdays };
}

/** Whether the cron fires at some minute in (now - windowMinutes, now]. */
export function firesWithin(spec: CronSpec, now: Date, windowMinutes: number): boolean {
  for (let i = 0; i < windowMinutes; i++) {
    const f = shanghaiFields(new Date(now.getTime() - i * 60_000));
    if (spec.minutes.has(f.minute) && spec.hours.has(f.hour) && spec.days.has(f.day) && spec.months.has(f.month) && spec.weekdays.has(f.weekday)) {
      return true;
    }
  }
  return false;
}
