import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../functions/runtime/runtime.ts';
import { startLocalCloud, type LocalCloud } from '../../infra/local/cloud.ts';
import { runCycle, type CycleSummary } from '../../infra/local/cycle.ts';

interface ExpectedNext {
  new: { title: string; docNumber: string; appointments: { person: string; action: string; position: string }[] };
  revised: { title: string; docNumber: string };
}

const expectedNext = JSON.parse(readFileSync(new URL('../fixtures/site/next/expected.json', import.meta.url), 'utf8')) as ExpectedNext;

describe('two monitoring cycles on the local cloud', () => {
  let cloud: LocalCloud;
  let first: CycleSummary;
  let second: CycleSummary;

  const listKeys = async (prefix: string): Promise<string[]> => {
    const out = await cloud.runtime.s3.send(new ListObjectsV2Command({ Bucket: cloud.runtime.config.bucket, Prefix: prefix }));
    return (out.Contents ?? []).map((o) => o.Key ?? '');
  };
  const capturedMails = async (): Promise<{ destination: { to: string[] }; subject: string }[]> => {
    const res = await fetch(`${cloud.emulators.sesEndpoint}/store`);
    return ((await res.json()) as { emails: { destination: { to: string[] }; subject: string }[] }).emails;
  };

  beforeAll(async () => {
    cloud = await startLocalCloud({ dir: mkdtempSync(join(tmpdir(), 'gw-e2e-')), now: new Date('2026-11-20T02:00:00Z') });
    first = await runCycle(cloud);
    cloud.site.publishNext();
    cloud.setNow(new Date('2026-11-27T02:00:00Z'));
    second = await runCycle(cloud);
  }, 240_000);

  afterAll(async () => {
    await cloud?.close();
  });

  it('archives every published issue in S3 under raw/{sourceId}/{issueId}/{sha256}.{ext}', async () => {
    const raw = await listKeys('raw/');
    const published = cloud.site.published();
    expect(raw.length).toBe(published.length);
    for (const key of raw) expect(key).toMatch(/^raw\/[a-z0-9-]+\/[0-9a-f]{20}\/[0-9a-f]{64}\.(pdf|html|txt)$/);
    for (const source of cloud.site.sources) expect(raw.some((k) => k.startsWith(`raw/${source.id}/`))).toBe(true);
  });

  it('records every issue as processed, none failed, no dead letters', async () => {
    const a = adapters(cloud.runtime);
    const failed = await a.issues.listByStatus('failed');
    expect(failed.map((i) => `${i.url}: ${i.reason}`)).toEqual([]);
    const processed = await a.issues.listByStatus('processed');
    expect(processed.length).toBe(cloud.site.published().length);
    expect(first.deadLetters + second.deadLetters).toBe(0);
  });

  it('first cycle: documents of every kind become change records, with land and appointment facts', () => {
    expect(first.sourcesChecked).toBe(cloud.site.sources.length);
    expect(first.documentsProcessed).toBeGreaterThan(50);
    expect(first.changes.every((c) => c.kind === 'new')).toBe(true);
    const categories = new Set(first.changes.map((c) => c.category));
    expect(categories).toEqual(new Set(['land', 'appointment', 'regulation', 'other']));
    expect(first.changes.filter((c) => c.category === 'appointment').flatMap((c) => c.appointments).length).toBeGreaterThan(5);
    expect(first.changes.some((c) => c.category === 'land' && c.land !== null)).toBe(true);
  });

  it('second cycle: exactly the one new and the one revised document produce changes', async () => {
    expect(second.changes.map((c) => ({ kind: c.kind, docNumber: c.docNumber })).sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { kind: 'new', docNumber: expectedNext.new.docNumber },
      { kind: 'revised', docNumber: expectedNext.revised.docNumber },
    ]);
    const fresh = second.changes.find((c) => c.kind === 'new');
    expect(fresh?.title).toBe(expectedNext.new.title);
    expect(fresh?.category).toBe('appointment');
    const revised = second.changes.find((c) => c.kind === 'revised');
    expect(revised?.version).toBe(2);
    expect(revised?.diff?.changed ?? 0).toBeGreaterThan(0);
    expect(revised?.diffKey).toBeTruthy();
    expect(await listKeys(revised?.diffKey ?? 'none')).toEqual([revised?.diffKey]);
  });

  it('sends mails through SES that match the outbox, with List-Unsubscribe and both parts', async () => {
    const captured = await capturedMails();
    expect(first.mailsSent).toBeGreaterThan(0);
    expect(captured.length).toBe(first.mailsSent + second.mailsSent);
    const recipients = new Set(captured.flatMap((m) => m.destination.to));
    expect(recipients.has('lawyer@example.com')).toBe(true);
    expect(recipients.has('shanyin-watch@example.com')).toBe(true);
    for (const mail of cloud.outbox.sent) {
      const parsed = await simpleParser(mail.raw);
      // mailparser folds the List-* headers into `list`; read the raw header lines instead.
      const headerLine = (key: string): string => parsed.headerLines.find((h) => h.key === key)?.line ?? '';
      expect(headerLine('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      // The https one-click URL only: no mailbox receives mailto unsubscribes (shared/notify/mime.ts).
      expect(headerLine('list-unsubscribe').replace(/\r?\n\s*/g, ' ')).toMatch(/^List-Unsubscribe: <https?:\/\/[^>]+unsubscribe[^>]*>$/);
      expect(parsed.text?.length ?? 0).toBeGreaterThan(20);
      expect(typeof parsed.html === 'string' && parsed.html.includes('<')).toBe(true);
    }
  });

  it('a third cycle with nothing new changes nothing and sends nothing', async () => {
    const before = (await capturedMails()).length;
    cloud.setNow(new Date('2026-12-04T02:00:00Z'));
    const third = await runCycle(cloud);
    expect(third.issuesFetched).toBe(0);
    expect(third.changes).toEqual([]);
    expect((await capturedMails()).length).toBe(before);
  });

  it('replaying a processed issue three times leaves the same state and no new change', async () => {
    const a = adapters(cloud.runtime);
    const issue = (await a.issues.listByStatus('processed'))[0];
    if (!issue) throw new Error('no processed issue');
    const notifyBefore = cloud.queue.log('notify').length;
    await a.issues.update({ ...issue, status: 'fetched', processedAt: null });
    for (let i = 0; i < 3; i++) {
      await cloud.queue.send('process', { sourceId: issue.sourceId, issueId: issue.issueId, rawKey: issue.rawKey });
      const { createProcessHandler } = await import('../../functions/process.ts');
      await cloud.queue.drain('process', createProcessHandler(() => cloud.runtime));
    }
    expect(cloud.queue.log('notify').length).toBe(notifyBefore);
    expect((await a.issues.get(issue.sourceId, issue.issueId))?.status).toBe('processed');
  }, 180_000); // three full process runs of a gazette: slow on a loaded CI machine
});
