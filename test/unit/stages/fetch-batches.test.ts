import { describe, expect, it } from 'vitest';
import { MAX_SOURCES_PER_FETCH_MESSAGE, fetchMessageSchema } from '../../../shared/model/messages.ts';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import { hostOf, MAX_DELAY_SECONDS, MIN_WAVE_SPACING_SECONDS, planFetchMessages } from '../../../shared/stages/fetch-batches.ts';

const source = (id: string, host: string, minIntervalMs = 2000): Source =>
  sourceSchema.parse({
    id,
    name: id,
    jurisdiction: { province: '山西省', divisionCode: '140000' },
    kind: 'gazette',
    discovery: { method: 'html-index', indexUrl: `http://${host}/zwgk/index.html`, linkPattern: '\\.pdf$' },
    politeness: { minIntervalMs, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 },
  });

describe('planFetchMessages', () => {
  it('never puts two sources of one host in a message, and spreads a host over delayed waves', () => {
    const due = [
      ...Array.from({ length: 25 }, (_, i) => source(`county-${i}`, `www.county${i}.gov.cn`)),
      source('city-a', 'www.city.gov.cn'),
      source('city-b', 'WWW.CITY.GOV.CN'),
      source('city-c', 'www.city.gov.cn', 90_000),
    ];
    const planned = planFetchMessages(due, '2026-12-01T02:00:00.000Z');
    const byId = new Map(due.map((s) => [s.id, s]));
    for (const { message } of planned) {
      expect(message.sourceIds.length).toBeLessThanOrEqual(MAX_SOURCES_PER_FETCH_MESSAGE);
      const hosts = message.sourceIds.map((id) => hostOf(byId.get(id)!));
      expect(new Set(hosts).size).toBe(hosts.length);
      expect(fetchMessageSchema.parse(message)).toEqual(message);
    }
    expect(planned.flatMap((p) => p.message.sourceIds).sort()).toEqual(due.map((s) => s.id).sort());
    const delayOf = (id: string) => planned.find((p) => p.message.sourceIds.includes(id))!.delaySeconds;
    expect([delayOf('city-a'), delayOf('city-b'), delayOf('city-c')]).toEqual([0, MIN_WAVE_SPACING_SECONDS, 2 * MIN_WAVE_SPACING_SECONDS]);
    expect(delayOf('county-7')).toBe(0);
    // 26 sources in wave 0 → 3 messages; waves 1 and 2 hold one source each.
    expect(planned.map((p) => p.message.sourceIds.length)).toEqual([10, 10, 6, 1, 1]);
  });

  it('spaces waves by the longest politeness interval and caps the delay at the SQS maximum', () => {
    const crowded = Array.from({ length: 20 }, (_, i) => source(`col-${String(i).padStart(2, '0')}`, 'www.example.gov.cn', 120_000));
    const planned = planFetchMessages(crowded, 'x');
    expect(planned.map((p) => p.delaySeconds)).toEqual(Array.from({ length: 20 }, (_, k) => Math.min(k * 120, MAX_DELAY_SECONDS)));
  });

  it('reads a message of the earlier one-source shape', () => {
    expect(fetchMessageSchema.parse({ sourceId: 'a', requestedAt: 'x' })).toEqual({ sourceIds: ['a'], requestedAt: 'x' });
    expect(() => fetchMessageSchema.parse({ sourceIds: [], requestedAt: 'x' })).toThrow();
    expect(() => planFetchMessages([], 'x', 0)).toThrow(/out of range/);
    expect(planFetchMessages([], 'x')).toEqual([]);
  });
});
