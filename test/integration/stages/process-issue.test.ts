import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import type { IssueRecord } from '../../../shared/model/issue.ts';
import { sourceSchema } from '../../../shared/model/source.ts';
import { issueTextKey } from '../../../shared/model/messages.ts';
import { extractedTextSchema } from '../../../shared/model/extracted-text.ts';
import { shanghaiDay } from '../../../shared/util/shanghai-time.ts';
import { extractIssue, type ExtractDeps } from '../../../shared/stages/extract-issue.ts';
import { processIssue, type ProcessDeps } from '../../../shared/stages/process-issue.ts';
import { ocrTools, testLimits } from './extract-deps.ts';
import type { IssueRepository } from '../../../shared/store/ports.ts';
import { sha256Hex } from '../../../shared/util/hash.ts';

const source = sourceSchema.parse({
  id: 'shanyin-docs',
  name: '山阴县人民政府 政府文件',
  jurisdiction: { province: '山西省', city: '朔州市', county: '山阴县', divisionCode: '140621' },
  kind: 'document-list',
  discovery: { method: 'html-index', indexUrl: 'http://127.0.0.1:1/index.html', linkPattern: '\\.pdf$' },
});
const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/004_846eea8e32d5f7bb.txt'));
const extractMessage = (issue: IssueRecord) => ({ sourceId: issue.sourceId, issueId: issue.issueId, rawKey: issue.rawKey });
const messageFor = (issue: IssueRecord) => ({ ...extractMessage(issue), textKey: issueTextKey(issue.sourceId, issue.issueId, issue.sha256) });
const brokenPdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [');

describe('processIssue on the local backend: documents, failures recorded with a reason, replays, replaced files', () => {
  let backend: LocalBackend;
  let deps: ProcessDeps;
  let extractDeps: ExtractDeps;

  /** Stores bytes as a fetched issue of the source, the way the fetch stage does. */
  async function storeIssue(issueId: string, bytes: Buffer, contentType: IssueRecord['contentType']): Promise<IssueRecord> {
    const sha256 = sha256Hex(bytes);
    const rawKey = `raw/${source.id}/${issueId}/${sha256}.${contentType === 'text' ? 'txt' : contentType}`;
    await deps.blobs.put(rawKey, bytes, { contentType: contentType === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8' });
    const record: IssueRecord = {
      sourceId: source.id,
      issueId,
      url: `http://127.0.0.1:1/${issueId}`,
      title: null,
      contentType,
      sha256,
      rawKey,
      status: 'fetched',
      reason: null,
      fetchedAt: '2023-11-01T00:00:00.000Z',
      processedAt: null,
      documentCount: null,
    };
    expect(await deps.issues.create(record)).toBe(true);
    return record;
  }

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-process-')), now: new Date('2023-11-02T00:00:00Z') });
    const a = adapters(backend.runtime);
    deps = { ...a, queue: backend.queue, now: backend.runtime.now, maxAttempts: 3 };
    extractDeps = { ...a, queue: backend.queue, now: backend.runtime.now, maxAttempts: 3, extraction: { ocr: ocrTools(), limits: testLimits, clock: () => performance.now() } };
    await a.sources.put(source);
  });
  afterAll(() => backend.close());

  it('turns a document collection into classified documents and one change per document, once', async () => {
    const issue = await storeIssue('seed-004', seed, 'text');
    expect((await extractIssue(extractMessage(issue), extractDeps)).status).toBe('extracted');
    const first = await processIssue(messageFor(issue), deps);
    expect(first.status).toBe('processed');
    expect(first.documents.length).toBeGreaterThan(5);
    expect(first.documents.some((d) => d.category === 'appointment')).toBe(true);
    expect(first.documents.filter((d) => d.outcome === 'duplicate')).toHaveLength(1);
    const notified = backend.queue.depth('notify');
    expect(notified).toBe(first.documents.filter((d) => d.outcome === 'new').length);

    const stored = await deps.issues.get(source.id, 'seed-004');
    expect(stored).toMatchObject({ status: 'processed', documentCount: first.documents.length });

    const replay = await processIssue(messageFor(issue), deps);
    expect(replay.status).toBe('skipped');
    expect(backend.queue.depth('notify')).toBe(notified);
  });

  it('records the PDF page each document starts on with its appearance, and no page for a text issue', async () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../fixtures/site/files/lishi-gazette/upload/2023/lsgb-2023-02.pdf'));
    const issue = await storeIssue('lsgb-2023-02', bytes, 'pdf');
    expect((await extractIssue(extractMessage(issue), extractDeps)).status).toBe('extracted');
    expect((await processIssue(messageFor(issue), deps)).status).toBe('processed');
    const extracted = extractedTextSchema.parse(JSON.parse(await deps.blobs.getText(messageFor(issue).textKey)));
    const lines = extracted.text.split('\n');
    const pageText = (page: number) => {
      const entry = extracted.pages.find((p) => p.page === page);
      return entry?.startLine && entry.endLine ? lines.slice(entry.startLine - 1, entry.endLine).join('').replace(/\s+/g, '') : '';
    };
    const changes = (await deps.changes.listByDay(shanghaiDay(backend.runtime.now()))).filter((c) => c.links[0]?.rawKey === issue.rawKey);
    expect(changes.length).toBeGreaterThan(3);
    const seen = await Promise.all(changes.map(async (c) => ({ change: c, appearance: (await deps.documents.listAppearances(c.documentKey)).find((a) => a.issueId === issue.issueId) })));
    const pages = seen.map(({ appearance }) => appearance?.page);
    expect(pages.every((p) => p !== undefined && p >= 1 && p <= extracted.pages.length)).toBe(true);
    // Documents are printed in order: a later one never starts on an earlier page; a multi-page gazette spans several.
    const byIndex = [...seen].sort((a, b) => a.appearance!.index - b.appearance!.index).map((s) => s.appearance!.page!);
    expect(byIndex).toEqual([...byIndex].sort((a, b) => a - b));
    expect(new Set(byIndex).size).toBeGreaterThan(1);
    // The page recorded holds the start of the document: its title begins on that page.
    for (const { change, appearance } of seen) {
      const head = change.title.replace(/\s+/g, '').slice(0, 6);
      expect(pageText(appearance!.page!) + pageText(appearance!.page! + 1), change.title).toContain(head);
    }

    const textIssue = (await deps.changes.listByDay(shanghaiDay(backend.runtime.now()))).find((c) => c.links[0]?.rawKey.endsWith('.txt'));
    const textAppearances = textIssue ? await deps.documents.listAppearances(textIssue.documentKey) : [];
    expect(textAppearances.length).toBeGreaterThan(0);
    expect(textAppearances.every((a) => a.page === undefined)).toBe(true);
  });

  it('records a broken PDF as a failed issue with its reason, sends nothing, and does not retry it', async () => {
    const before = backend.queue.depth('notify');
    const issue = await storeIssue('broken-pdf', brokenPdf, 'pdf');
    const outcome = await extractIssue(extractMessage(issue), extractDeps);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toMatch(/PDF/);
    const stored = await deps.issues.get(source.id, 'broken-pdf');
    expect(stored?.status).toBe('failed');
    expect(stored?.reason).toBe(outcome.reason);
    expect((await extractIssue(extractMessage(issue), extractDeps)).status).toBe('skipped');
    expect((await processIssue(messageFor(issue), deps)).status).toBe('skipped');
    expect(backend.queue.depth('notify')).toBe(before);
  });

  it('an unknown issue is a clear failure, not a crash', async () => {
    const outcome = await processIssue({ sourceId: source.id, issueId: 'nope', rawKey: 'raw/none', textKey: 'text/issues/none.json' }, deps);
    expect(outcome).toMatchObject({ status: 'failed', documents: [] });
    expect(outcome.reason).toContain('nope');
  });

  it('leaves the record of a file replaced in place (new sha256) to that file’s own process run', async () => {
    const original = await storeIssue('replaced', Buffer.from('关于印发某某办法的通知\n正文。\n山阴县人民政府\n2023年10月9日\n'), 'text');
    expect((await extractIssue(extractMessage(original), extractDeps)).status).toBe('extracted');
    const corrected = { ...original, sha256: sha256Hex('corrected bytes'), rawKey: `raw/${source.id}/replaced/other.txt` };
    expect(await deps.issues.replace(corrected, original.sha256)).toBe(true);
    // This run read the record before fetch replaced it.
    const staleIssues: IssueRepository = { ...deps.issues, get: async () => original, replace: (r, sha) => deps.issues.replace(r, sha) };
    const outcome = await processIssue(messageFor(original), { ...deps, issues: staleIssues });
    expect(outcome.status).toBe('skipped');
    expect(outcome.reason).toContain('replaced');
    expect(await deps.issues.get(source.id, 'replaced')).toMatchObject({ status: 'fetched', sha256: corrected.sha256 });
  });
});
