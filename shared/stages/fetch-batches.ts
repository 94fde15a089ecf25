/**
 * How plan packs due sources into fetch messages (issue 18): every message holds sources of distinct hosts,
 * fetched concurrently, so their politeness waits overlap instead of adding up; a host's sources go into
 * successive waves, each wave's messages delayed on the queue by the host's interval, so no invocation sleeps
 * (and bills) waiting for a host another source of the same run has just used.
 */
import { originOf } from '../ingest/discovery/discover.ts';
import { MAX_SOURCES_PER_FETCH_MESSAGE, type FetchMessage } from '../model/messages.ts';
import type { Source } from '../model/source.ts';

/** SQS caps a message's delay at 15 minutes: later waves of a very crowded host share the last slot. */
export const MAX_DELAY_SECONDS = 900;
/** A wave waits at least this long after the previous one: a source's run (index, downloads) must be over. */
export const MIN_WAVE_SPACING_SECONDS = 60;

export interface PlannedFetch {
  message: FetchMessage;
  /** Queue delay of the message: 0 for the first wave, then one wave spacing per earlier source of the same host. */
  delaySeconds: number;
}

export const hostOf = (source: Source): string => new URL(originOf(source.discovery)).host.toLowerCase();

/**
 * Waves: wave k holds the k-th source of each host (hosts with most sources first, sources in id order),
 * split into messages of at most `perMessage` sources. The spacing is the longest politeness interval among
 * the wave's sources, at least MIN_WAVE_SPACING_SECONDS.
 */
export function planFetchMessages(due: Source[], requestedAt: string, perMessage = MAX_SOURCES_PER_FETCH_MESSAGE): PlannedFetch[] {
  if (!Number.isInteger(perMessage) || perMessage < 1 || perMessage > MAX_SOURCES_PER_FETCH_MESSAGE) {
    throw new Error(`每条抓取消息的信息源数须在 1–${MAX_SOURCES_PER_FETCH_MESSAGE} sources per fetch message out of range: ${perMessage}`);
  }
  const byHost = new Map<string, Source[]>();
  for (const source of [...due].sort((a, b) => a.id.localeCompare(b.id))) {
    const host = hostOf(source);
    byHost.set(host, [...(byHost.get(host) ?? []), source]);
  }
  const hosts = [...byHost.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const waves = Math.max(0, ...hosts.map(([, list]) => list.length));
  const planned: PlannedFetch[] = [];
  let delaySeconds = 0;
  for (let k = 0; k < waves; k++) {
    const wave = hosts.map(([, list]) => list[k]).filter((s): s is Source => s !== undefined);
    for (let i = 0; i < wave.length; i += perMessage) {
      planned.push({ message: { sourceIds: wave.slice(i, i + perMessage).map((s) => s.id), requestedAt }, delaySeconds: Math.min(delaySeconds, MAX_DELAY_SECONDS) });
    }
    const spacing = Math.max(MIN_WAVE_SPACING_SECONDS, ...wave.map((s) => Math.ceil(s.politeness.minIntervalMs / 1000)));
    delaySeconds += spacing;
  }
  return planned;
}
