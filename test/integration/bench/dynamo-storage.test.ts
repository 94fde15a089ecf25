import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_OVERHEAD_BYTES, itemBytes, measureStorage } from '../../../bench/cost/dynamo-storage.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';

describe('stored bytes of the tables, scanned on the emulator', () => {
  let backend: LocalBackend;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-storage-')) });
  });
  afterAll(async () => {
    await backend.close();
  });

  it('counts each item with its overhead, and again for each index it is in', async () => {
    const { db, config } = backend.runtime;
    const inIndex = { pk: 'SOURCE#s1', sk: 'ISSUE#i1', status: 'fetched', fetchedAt: '2026-11-22T01:00:00.000Z', title: '2023年第2期' };
    const notInIndex = { pk: 'SOURCE#s1', sk: 'ISSUE#i2', title: '第3期' };
    await db.send(new PutCommand({ TableName: config.tables.issues, Item: inIndex }));
    await db.send(new PutCommand({ TableName: config.tables.issues, Item: notInIndex }));
    // More than one scan page: 1 MB a page.
    const big = 'x'.repeat(300_000);
    for (let i = 0; i < 5; i++) await db.send(new PutCommand({ TableName: config.tables.documents, Item: { pk: `DOC#${i}`, sk: 'HEAD', text: big } }));
    const stored = await measureStorage(db, config.tables);
    expect(stored.issues).toEqual({ items: 2, bytes: 2 * (itemBytes(inIndex) + ITEM_OVERHEAD_BYTES) + itemBytes(notInIndex) + ITEM_OVERHEAD_BYTES });
    expect(stored.documents.items).toBe(5);
    expect(stored.documents.bytes).toBeGreaterThan(5 * 300_000);
    expect(stored.subscribers).toEqual({ items: 0, bytes: 0 });
  });
});
