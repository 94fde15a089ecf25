/**
 * A welcome that shows value: the latest stored documents that match a subscription, for the page that
 * confirms it. Reads the changes of the last days (newest first) and keeps the first few that match.
 */
import type { ChangeRecord } from '../model/change.ts';
import type { Subscription } from '../model/subscription.ts';
import { formatDateZh, formatTimeZh, oneLine } from '../notify/format.ts';
import { categoryHeadings } from '../notify/labels.ts';
import { matchesSubscription } from '../notify/match.ts';
import type { ChangeRepository } from '../store/ports.ts';
import { shanghaiDay } from '../util/shanghai-time.ts';

export interface WelcomeItem {
  title: string;
  url: string;
  /** 2023年4月6日 · 吕梁市离石区人民政府 · 人事任免 · 发现于 … */
  meta: string;
}

export const WELCOME_DAYS = 30;
export const WELCOME_ITEMS = 5;
const DAY_MS = 24 * 3600 * 1000;

function item(c: ChangeRecord): WelcomeItem {
  const parts = [
    c.date ? formatDateZh(c.date) : null,
    c.issuer ? oneLine(c.issuer) : null,
    categoryHeadings[c.category],
    c.kind === 'revised' ? `修订（第 ${c.version} 版）` : null,
    `发现于 ${formatTimeZh(new Date(c.createdAt))}`,
  ];
  return { title: oneLine(c.title), url: c.links[0]?.url ?? '', meta: parts.filter((p): p is string => p !== null).join(' · ') };
}

export async function latestMatching(
  subscription: Subscription,
  changes: Pick<ChangeRepository, 'listByDay'>,
  now: Date,
  options: { days?: number; max?: number } = {},
): Promise<WelcomeItem[]> {
  const days = options.days ?? WELCOME_DAYS;
  const max = options.max ?? WELCOME_ITEMS;
  const found: ChangeRecord[] = [];
  for (let back = 0; back < days && found.length < max; back++) {
    const day = shanghaiDay(new Date(now.getTime() - back * DAY_MS));
    const matching = (await changes.listByDay(day)).filter((c) => matchesSubscription(c, { ...subscription, status: 'active' }));
    found.push(...matching.sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
  }
  return found.slice(0, max).map(item);
}
