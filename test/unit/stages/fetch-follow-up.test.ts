import { describe, expect, it } from 'vitest';
import { fetchMessageSchema } from '../../../shared/model/messages.ts';
import type { Source } from '../../../shared/model/source.ts';
import { followUpOf } from '../../../shared/stages/fetch-follow-up.ts';
import type { FetchOutcome } from '../../../shared/stages/fetch-source.ts';

const source = (id: string, minIntervalMs: number) => ({ id, politeness: { minIntervalMs, timeoutMs: 30_000, maxBytes: 1 } }) as unknown as Source;
const outcome = (sourceId: string, laterRechecks: string[]): FetchOutcome => ({
  sourceId,
  status: 'not-modified',
  discovered: 0,
  disallowed: 0,
  newIssues: 0,
  revisedIssues: 0,
  failedIssues: 0,
  deferredIssues: 0,
  reason: null,
  failures: [],
  healthWritten: true,
  laterRechecks,
});
const now = new Date('2026-12-01T03:00:00Z');

describe('the follow-up of a fetch message', () => {
  it('names the sources with re-checks left and their issues, delayed by the longest politeness interval', () => {
    const sources = [source('a', 5000), source('b', 2500), source('c', 60_000)];
    const f = followUpOf(sources, [outcome('a', ['i1', 'i2']), outcome('b', ['j1']), outcome('c', [])], now);
    expect(f).toEqual({ message: { sourceIds: ['a', 'b'], requestedAt: '2026-12-01T03:00:00.000Z', rechecks: { a: ['i1', 'i2'], b: ['j1'] } }, delaySeconds: 5 });
    // A message the fetch queue's schema accepts.
    expect(fetchMessageSchema.parse(f?.message)).toEqual(f?.message);
  });

  it('is none when nothing was left; a delay of at least 1 s and at most SQS’s 900 s', () => {
    expect(followUpOf([source('a', 5000)], [outcome('a', [])], now)).toBeNull();
    expect(followUpOf([source('a', 0)], [outcome('a', ['i'])], now)?.delaySeconds).toBe(1);
    expect(followUpOf([source('a', 3_600_000)], [outcome('a', ['i'])], now)?.delaySeconds).toBe(900);
  });
});
