import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';

describe('DynamoDB and S3 adapters on the emulators', () => {
  let backend: LocalBackend;
  let a: ReturnType<typeof adapters>;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-store-')) });
    a = adapters(backend.runtime);
  });
  afterAll(async () => {
    await backend.close();
  });

  it('creates an issue once and finds it by status', async () => {
    const record = {
      sourceId: 's1',
      issueId: 'i1',
      url: 'http://example.cn/a.pdf',
      title: '2023年第2期',
      contentType: 'pdf' as const,
      sha256: 'a'.repeat(64),
      rawKey: 'raw/s1/i1/x.pdf',
      status: 'fetched' as const,
      reason: null,
      fetchedAt: '2026-11-22T01:00:00.000Z',
      processedAt: null,
      documentCount: null,
    };
    expect(await a.issues.create(record)).toBe(true);
    expect(await a.issues.create({ ...record, title: 'other' })).toBe(false);
    expect((await a.issues.get('s1', 'i1'))?.title).toBe('2023年第2期');
    expect((await a.issues.listByStatus('fetched')).map((i) => i.issueId)).toContain('i1');
  });

  it('moves a document head only from the expected version', async () => {
    const head = { documentKey: 'k', label: '离政发〔2023〕3号', version: 1, hash: 'h1', textKey: 't1', changeId: 'c1', updatedAt: 'now' };
    expect(await a.documents.putHead(head, null)).toBe(true);
    expect(await a.documents.putHead(head, null)).toBe(false);
    expect(await a.documents.putHead({ ...head, version: 2, hash: 'h2' }, 1)).toBe(true);
    expect(await a.documents.putHead({ ...head, version: 3, hash: 'h3' }, 1)).toBe(false);
    expect((await a.documents.getHead('k'))?.version).toBe(2);
    const v = { documentKey: 'k', version: 2, hash: 'h2', textKey: 't2', changeId: 'c2', sourceId: 's', issueId: 'i', createdAt: 'now' };
    expect(await a.documents.createVersion(v)).toBe(true);
    expect(await a.documents.createVersion({ ...v, hash: 'other' })).toBe(false);
    expect((await a.documents.getVersion('k', 2))?.hash).toBe('h2');
  });

  it('keeps one change record and adds each other source once', async () => {
    const change: ChangeRecord = changeRecordSchema.parse({
      changeId: 'c-1',
      kind: 'new',
      documentKey: 'k',
      version: 1,
      category: 'land',
      subtype: 'land-recovery',
      jurisdiction: { province: '山西省', city: '太原市', divisionCode: '140100' },
      issuer: '太原市规划和自然资源局',
      title: '收回国有土地使用权的通告',
      docNumber: null,
      date: '2023-09-01',
      appointments: [],
      land: null,
      regulation: null,
      excerpt: '…',
      diff: null,
      diffKey: null,
      links: [{ sourceId: 'taiyuan', sourceName: '太原日报', url: 'http://a.cn/1.pdf', rawKey: 'raw/1', textKey: 'text/1' }],
      day: '2026-11-22',
      createdAt: '2026-11-22T01:00:00.000Z',
    });
    expect(await a.changes.create(change)).toBe(true);
    expect(await a.changes.create(change)).toBe(false);
    const link = { sourceId: 'province', sourceName: '山西省人民政府公报', url: 'http://b.cn/2.pdf', rawKey: 'raw/2', textKey: 'text/2' };
    await a.changes.addLink('c-1', link);
    await a.changes.addLink('c-1', link);
    await a.changes.addLink('c-1', { ...link, sourceId: 'taiyuan' });
    expect((await a.changes.get('c-1'))?.links.map((l) => l.sourceId)).toEqual(['taiyuan', 'province']);
    expect((await a.changes.listByDay('2026-11-22')).map((c) => c.changeId)).toEqual(['c-1']);
  });

  it('claims a delivery under an owned lease: a live lease is busy, an expired one is taken over with the same Message-ID, only the owner finishes', async () => {
    const key = 'DIGEST#daily#2026-11-22';
    const req = (owner: string, at: string, leaseUntil: string) => ({ subscriberId: 'sub', deliveryKey: key, owner, at, leaseUntil, messageId: `<m-${owner}@x>`, covers: [`c-${owner}`] });
    expect(await a.deliveries.claim(req('w1', '2026-11-22T00:00:00.000Z', '2026-11-22T00:15:00.000Z'))).toEqual({ kind: 'claimed', messageId: '<m-w1@x>', covers: ['c-w1'], takeover: false });
    // A concurrent duplicate while w1's lease holds.
    expect(await a.deliveries.claim(req('w2', '2026-11-22T00:01:00.000Z', '2026-11-22T00:16:00.000Z'))).toEqual({ kind: 'busy', leaseUntil: '2026-11-22T00:15:00.000Z' });
    // w1 died; after its lease, w3 takes over and gets w1's Message-ID and covers.
    expect(await a.deliveries.claim(req('w3', '2026-11-22T00:20:00.000Z', '2026-11-22T00:35:00.000Z'))).toEqual({ kind: 'claimed', messageId: '<m-w1@x>', covers: ['c-w1'], takeover: true });
    expect(await a.deliveries.markSent('sub', key, 'w1', 'ses-late', '2026-11-22T00:21:00.000Z')).toBe(false);
    expect(await a.deliveries.markSent('sub', key, 'w3', 'ses-1', '2026-11-22T00:21:00.000Z')).toBe(true);
    expect(await a.deliveries.claim(req('w4', '2026-11-22T01:00:00.000Z', '2026-11-22T01:15:00.000Z'))).toEqual({ kind: 'done', state: 'sent' });
    const [stored] = await a.deliveries.listDeliveries('sub', 'DIGEST#daily#');
    expect(stored).toMatchObject({ state: 'sent', messageId: '<m-w1@x>', covers: ['c-w1'], takeovers: 1, sesMessageId: 'ses-1', leaseOwner: null });
  });

  it('releases a lease after a retryable failure and records a rejection for the owner only', async () => {
    const key = 'ALERT#c-9';
    const req = (owner: string, at: string) => ({ subscriberId: 'sub9', deliveryKey: key, owner, at, leaseUntil: '2026-11-22T09:00:00.000Z', messageId: '<m@x>', covers: ['c-9'] });
    expect((await a.deliveries.claim(req('w1', '2026-11-22T00:00:00.000Z'))).kind).toBe('claimed');
    await a.deliveries.release('sub9', key, 'w2', '2026-11-22T00:01:00.000Z'); // not the owner: no effect
    expect((await a.deliveries.claim(req('w2', '2026-11-22T00:01:00.000Z'))).kind).toBe('busy');
    await a.deliveries.release('sub9', key, 'w1', '2026-11-22T00:01:00.000Z');
    expect(await a.deliveries.claim(req('w2', '2026-11-22T00:02:00.000Z'))).toMatchObject({ kind: 'claimed', takeover: true });
    expect(await a.deliveries.markRejected('sub9', key, 'w1', 'not verified', '2026-11-22T00:03:00.000Z')).toBe(false);
    expect(await a.deliveries.markRejected('sub9', key, 'w2', 'not verified', '2026-11-22T00:03:00.000Z')).toBe(true);
    expect(await a.deliveries.claim(req('w3', '2026-11-22T10:00:00.000Z'))).toEqual({ kind: 'done', state: 'rejected' });
  });

  it('queues a change for a digest once and lists it by frequency', async () => {
    await a.deliveries.queue('sub', 'c-1', 'daily', '2026-11-22T00:00:00Z');
    await a.deliveries.queue('sub', 'c-1', 'daily', '2026-11-22T00:05:00Z');
    await a.deliveries.queue('sub2', 'c-2', 'weekly', '2026-11-22T00:00:00Z');
    expect(await a.deliveries.listPending('daily')).toEqual([{ subscriberId: 'sub', changeId: 'c-1' }]);
    await a.deliveries.removePending('sub', 'c-1');
    expect(await a.deliveries.listPending('daily')).toEqual([]);
  });

  it('finds a subscriber by e-mail case-insensitively', async () => {
    await a.subscribers.put({
      subscriberId: 'x',
      email: 'Lawyer@Example.com',
      name: null,
      status: 'active',
      filters: { categories: ['land'], subtypes: [], jurisdictions: [], issuers: [], keywordsAny: [], keywordsAll: [], keywordsExcluded: [], places: [] },
      frequency: 'immediate',
      language: 'zh',
      timeZone: 'Asia/Shanghai',
      createdAt: 'now',
      updatedAt: 'now',
    });
    expect((await a.subscribers.findByEmail('lawyer@example.com'))?.subscriberId).toBe('x');
    expect((await a.subscribers.listActive()).map((s) => s.subscriberId)).toEqual(['x']);
  });

  it('stores and reads back blobs, and knows what exists', async () => {
    await a.blobs.put('text/k/h.txt', '吕梁市离石区人民政府', { contentType: 'text/plain; charset=utf-8' });
    expect(await a.blobs.getText('text/k/h.txt')).toBe('吕梁市离石区人民政府');
    expect(await a.blobs.exists('text/k/h.txt')).toBe(true);
    expect(await a.blobs.exists('text/k/none.txt')).toBe(false);
  });
});
