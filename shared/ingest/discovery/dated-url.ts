import type { DiscoveredIssue, DiscoveryContext, DiscoveryResult } from './types.ts';

const DAY_MS = 24 * 3600 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** Fills {yyyy} {yy} {mm} {m} {dd} {d} of a URL template with a calendar day. */
export function expandTemplate(template: string, d: CalendarDay): string {
  const values: Record<string, string> = {
    yyyy: String(d.year).padStart(4, '0'),
    yy: two(d.year % 100),
    mm: two(d.month),
    m: String(d.month),
    dd: two(d.day),
    d: String(d.day),
  };
  return template.replace(/\{(yyyy|yy|mm|m|dd|d)\}/g, (_, token: string) => values[token] ?? '');
}

/** Today in Asia/Shanghai and the `lookbackDays` days before it, newest first. */
export function shanghaiDaysBack(now: Date, lookbackDays: number): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let k = 0; k <= lookbackDays; k++) {
    const wall = new Date(now.getTime() + SHANGHAI_OFFSET_MS - k * DAY_MS);
    days.push({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() });
  }
  return days;
}

/** Candidate issue URLs of a dated-url source for the days to try, each once (a template without {dd} repeats). */
export function datedCandidates(template: string, now: Date, lookbackDays: number): DiscoveredIssue[] {
  const seen = new Set<string>();
  const out: DiscoveredIssue[] = [];
  for (const day of shanghaiDaysBack(now, lookbackDays)) {
    const url = new URL(expandTemplate(template, day)).href;
    if (seen.has(url)) continue;
    seen.add(url);
    const publishedAt = `${String(day.year).padStart(4, '0')}-${two(day.month)}-${two(day.day)}T00:00:00+08:00`;
    out.push({ url, title: null, publishedAt, mayBeAbsent: true });
  }
  return out;
}

/**
 * A dated URL pattern (e.g. a newspaper's PDF page per day): no index to read, the URLs of today and the
 * previous `lookbackDays` Asia/Shanghai days are the candidates; fetching one that 404s means nothing was
 * published that day (handled by the issue fetch, which sees `mayBeAbsent`).
 */
export async function discoverFromDatedUrl(discovery: { urlTemplate: string; lookbackDays: number }, ctx: DiscoveryContext): Promise<DiscoveryResult> {
  return { status: 'found', issues: datedCandidates(discovery.urlTemplate, ctx.now, discovery.lookbackDays), validators: null };
}
