/** Asia/Shanghai is UTC+8 all year (no daylight saving). */
const OFFSET_MS = 8 * 3600 * 1000;

/** The calendar day (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDay(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new Error('invalid date');
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Fields of an instant as seen on a wall clock in Asia/Shanghai. */
export function shanghaiFields(at: Date): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const d = new Date(at.getTime() + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}
