/** The changes of the last days (Asia/Shanghai), newest day first: what a feed is built from. */
import type { ChangeRecord } from '../model/change.ts';
import type { ChangeRepository } from '../store/ports.ts';
import { shanghaiDay } from '../util/shanghai-time.ts';

/** How far back a feed reaches. */
export const FEED_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

export async function recentChanges(changes: Pick<ChangeRepository, 'listByDay'>, now: Date, days = FEED_DAYS): Promise<ChangeRecord[]> {
  const dayList = [...new Set(Array.from({ length: days }, (_, d) => shanghaiDay(new Date(now.getTime() - d * DAY_MS))))];
  return (await Promise.all(dayList.map((day) => changes.listByDay(day)))).flat();
}
