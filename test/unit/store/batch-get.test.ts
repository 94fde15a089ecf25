import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { batchGetAll } from '../../../shared/store/dynamo/batch-get.ts';

type Keys = Record<string, unknown>[];

/** A client answering BatchGetItem from a script: each call's keys, and what it leaves unprocessed. */
function scripted(unprocessed: (keys: Keys, call: number) => Keys) {
  const calls: Keys[] = [];
  const db = {
    send: async (command: { input: { RequestItems: Record<string, { Keys: Keys }> } }) => {
      const keys = command.input.RequestItems.t!.Keys;
      calls.push(keys);
      const left = unprocessed(keys, calls.length);
      const served = keys.filter((k) => !left.includes(k)).map((k) => ({ ...k, found: true }));
      return { Responses: { t: served }, UnprocessedKeys: left.length ? { t: { Keys: left } } : {} };
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, calls };
}

const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: `P#${i}`, sk: 'X' }));
const noSleep = async () => undefined;

describe('batchGetAll', () => {
  it('reads 250 keys in three requests of at most 100', async () => {
    const { db, calls } = scripted(() => []);
    const items = await batchGetAll(db, 't', keys(250), noSleep);
    expect(calls.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(items).toHaveLength(250);
  });

  it('asks again for keys left unprocessed (throttling) until all are read', async () => {
    const { db, calls } = scripted((k, call) => (call === 1 ? k.slice(0, 3) : []));
    const items = await batchGetAll(db, 't', keys(10), noSleep);
    expect(calls.map((c) => c.length)).toEqual([10, 3]);
    expect(items).toHaveLength(10);
  });

  it('fails with a clear reason instead of answering in part when keys stay unprocessed', async () => {
    const { db, calls } = scripted((k) => k.slice(0, 1));
    await expect(batchGetAll(db, 't', keys(2), noSleep)).rejects.toThrow(/left 1 keys unprocessed after 5 rounds/);
    expect(calls).toHaveLength(5);
  });
});
