/**
 * Port: changes in the order they were detected (day, then time), read page by page from a position, for the
 * JSON API's cursor pagination. The position is the adapter's own (a day and where in it to go on).
 */
import type { ChangeRecord } from '../model/change.ts';

export interface FeedPosition {
  /** The day (Asia/Shanghai, YYYY-MM-DD) being read. */
  day: string;
  /** Where inside that day to go on: the adapter's opaque resume point, null at the day's start. */
  after: string | null;
}

export interface FeedReadOptions {
  /** At most this many changes that `keep` accepts. */
  limit: number;
  /** Never read past this day. */
  lastDay: string;
  /** Stop after this many store requests (a page over a long, empty range ends early with a position). */
  maxRequests: number;
  keep: (change: ChangeRecord) => boolean;
}

export interface ChangeFeedPage {
  changes: ChangeRecord[];
  /** Where the next page starts; null when `lastDay` was read to its end. */
  next: FeedPosition | null;
}

export interface ChangeFeedReader {
  read(from: FeedPosition, options: FeedReadOptions): Promise<ChangeFeedPage>;
}

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
}
