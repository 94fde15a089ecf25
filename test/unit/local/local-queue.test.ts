import { describe, expect, it } from 'vitest';
import { LocalQueue } from '../../../infra/local/local-queue.ts';

describe('LocalQueue', () => {
  it('delivers real SQS-shaped batches of at most 10 and retries only reported failures', async () => {
    const q = new LocalQueue(3);
    for (let i = 0; i < 12; i++) await q.send('process', { n: i });
    const batchSizes: number[] = [];
    const attempts = new Map<number, number>();
    const delivered = await q.drain('process', async (event) => {
      batchSizes.push(event.Records.length);
      const failures = [];
      for (const r of event.Records) {
        expect(r.eventSource).toBe('aws:sqs');
        const n = (JSON.parse(r.body) as { n: number }).n;
        attempts.set(n, (attempts.get(n) ?? 0) + 1);
        if (n === 5 && (attempts.get(n) ?? 0) < 2) failures.push({ itemIdentifier: r.messageId });
      }
      return { batchItemFailures: failures };
    });
    expect(delivered).toBe(12);
    expect(batchSizes[0]).toBe(10);
    expect(attempts.get(5)).toBe(2);
    expect(q.deadLetters.get('process')).toBeUndefined();
  });

  it('moves a message that keeps failing to the dead letters after maxReceiveCount', async () => {
    const q = new LocalQueue(3);
    await q.send('notify', { changeId: 'bad' });
    let calls = 0;
    const delivered = await q.drain('notify', async (event) => {
      calls++;
      return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
    });
    expect(delivered).toBe(0);
    expect(calls).toBe(3);
    expect(q.deadLetters.get('notify')?.length).toBe(1);
  });
});

describe('LocalQueue when a handler throws', () => {
  it('keeps the whole batch, retries it, then moves it to the dead letters; redrive brings it back', async () => {
    const q = new LocalQueue(3);
    for (let i = 0; i < 3; i++) await q.send('fetch', { n: i });
    let calls = 0;
    const delivered = await q.drain('fetch', async () => {
      calls++;
      throw new Error('DynamoDB is down');
    });
    expect(delivered).toBe(0);
    expect(calls).toBe(3);
    expect(q.deadLetters.get('fetch')?.map((m) => JSON.parse(m.body))).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(q.handlerErrors).toHaveLength(3);
    expect(q.redrive('fetch')).toBe(3);
    const seen: number[] = [];
    expect(
      await q.drain('fetch', async (event) => {
        seen.push(...event.Records.map((r) => (JSON.parse(r.body) as { n: number }).n));
        return { batchItemFailures: [] };
      }),
    ).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
    expect(q.deadLetters.get('fetch')).toBeUndefined();
  });

  it('recovers a batch whose handler threw once', async () => {
    const q = new LocalQueue(3);
    await q.send('process', { n: 1 });
    let calls = 0;
    const delivered = await q.drain('process', async () => {
      if (++calls === 1) throw new Error('timeout');
      return { batchItemFailures: [] };
    });
    expect(delivered).toBe(1);
    expect(calls).toBe(2);
  });
});
