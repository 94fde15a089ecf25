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
import type { IssueRepository, QueuePort } from '../../../shared/store/ports.ts';
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
/** A second source of the same area, reposting the county's documents. */
const citySource = sourceSchema.parse({ ...source, id: 'shuozhou-docs', name: '朔州市人民政府 政府文件', jurisdiction: { province: '山西省', city: '朔州市', divisionCode: '140600' } });
const brokenPdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [');

describe('processIssue on the local backend: documents, failures recorded with a reason, replays, replaced files', () => {
  let backend: LocalBackend;
  let deps: ProcessDeps;
  let extractDeps: ExtractDeps;

  /** Stores bytes as a fetched issue of the source, the way the fetch stage does. */
  async function storeIssue(issueId: string, bytes: Buffer, contentType: IssueRecord['contentType'], sourceId = source.id): Promise<IssueRecord> {
    const sha256 = sha256Hex(bytes);
    const rawKey = `raw/${sourceId}/${issueId}/${sha256}.${contentType === 'text' ? 'txt' : contentType}`;
    await deps.blobs.put(rawKey, bytes, { contentType: contentType === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8' });
    const record: IssueRecord = {
      sourceId,
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
    await a.sources.put(citySource);
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

  describe('replays after the document moved on (an older issue re-run once a later one revised it)', () => {
    /** One document of the county's: a subsidy notice whose rate and closing clause a later issue revises. */
    const notice = (no: number, rate: number, extra = '') =>
      Buffer.from(
        [
          '山阴县人民政府关于生猪屠宰补贴标准的通知',
          `山政函〔2023〕${no}号`,
          '各乡镇人民政府，县直各有关单位：',
          `为稳定生猪供应，经县人民政府研究，对县内定点屠宰企业给予屠宰补贴，补贴标准按每头${rate}元执行，按季度据实结算。`,
          '补贴资金由县财政统筹安排，县农业农村局负责审核屠宰数据，县财政局负责拨付资金。',
          ...(extra ? [extra] : []),
          '山阴县人民政府',
          '2023年4月20日',
          '',
        ].join('\n'),
      );
    const notifyLog = () => backend.queue.log('notify').length;
    const run = async (issue: IssueRecord, d: ProcessDeps = deps) => {
      expect((await extractIssue(extractMessage(issue), extractDeps)).status).toBe('extracted');
      return processIssue(messageFor(issue), d);
    };
    /** What the test's replay does to a processed issue: its record back to fetched, its message again. */
    const replay = async (issue: IssueRecord) => {
      const stored = await deps.issues.get(issue.sourceId, issue.issueId);
      await deps.issues.update({ ...stored!, status: 'fetched', processedAt: null });
      return processIssue(messageFor(issue), deps);
    };
    const keyOf = async (issue: IssueRecord): Promise<string> => {
      const change = (await deps.changes.listByDay(shanghaiDay(backend.runtime.now()))).find((c) => c.links.some((l) => l.rawKey === issue.rawKey));
      if (!change) throw new Error(`no change from ${issue.issueId}`);
      return change.documentKey;
    };

    it('replaying the older issue is no revision back to its text: no version, no change, no notify, head and appearance kept', async () => {
      const older = await storeIssue('subsidy-q1', notice(41, 30), 'text');
      expect((await run(older)).documents.map((d) => d.outcome)).toEqual(['new']);
      const key = await keyOf(older);
      const newer = await storeIssue('subsidy-q2', notice(41, 25, '企业虚报屠宰量骗取补贴的，由县农业农村局追回已拨付的补贴资金。'), 'text');
      expect((await run(newer)).documents.map((d) => d.outcome)).toEqual(['revised']);
      const head = await deps.documents.getHead(key);
      expect(head?.version).toBe(2);
      const appearances = await deps.documents.listAppearances(key);
      const before = notifyLog();

      for (let i = 0; i < 3; i++) {
        const outcome = await replay(older);
        expect(outcome.status).toBe('processed');
        expect(outcome.documents.map((d) => d.outcome)).toEqual(['replayed']);
      }
      expect(notifyLog()).toBe(before);
      expect(await deps.documents.getHead(key)).toEqual(head);
      expect(await deps.documents.getVersion(key, 3)).toBeNull();
      expect(await deps.documents.listAppearances(key)).toEqual(appearances);
      expect((await deps.documents.listAppearances(key)).find((a) => a.issueId === older.issueId)?.version).toBe(1);

      // And the newer issue's replay is its own version again: nothing either.
      expect((await replay(newer)).documents.map((d) => d.outcome)).toEqual(['republished']);
      expect(notifyLog()).toBe(before);
      expect(await deps.documents.getHead(key)).toEqual(head);
    });

    it('a repost on another source, replayed after the original source revised the document, is no revision either', async () => {
      const original = await storeIssue('relief-q1', notice(42, 40), 'text');
      expect((await run(original)).documents.map((d) => d.outcome)).toEqual(['new']);
      const key = await keyOf(original);
      // The city reposts it with its own chrome (a 来源 line): another text, the same document.
      const repost = await storeIssue('relief-city', Buffer.from(notice(42, 40).toString('utf8').replace('山阴县人民政府\n2023年4月20日', '（来源：山阴县人民政府）\n山阴县人民政府\n2023年4月20日')), 'text', citySource.id);
      expect((await run(repost)).documents.map((d) => d.outcome)).toEqual(['republished']);
      const revision = await storeIssue('relief-q2', notice(42, 35), 'text');
      expect((await run(revision)).documents.map((d) => d.outcome)).toEqual(['revised']);
      const head = await deps.documents.getHead(key);
      expect(head?.version).toBe(2);
      const before = notifyLog();

      expect((await replay(repost)).documents.map((d) => d.outcome)).toEqual(['replayed']);
      expect(notifyLog()).toBe(before);
      expect(await deps.documents.getHead(key)).toEqual(head);
      expect(await deps.documents.getVersion(key, 3)).toBeNull();
    });

    it('a revision run that stopped after recording its appearance, before the hand-over, is completed by its replay', async () => {
      const first = await storeIssue('levy-q1', notice(43, 50), 'text');
      expect((await run(first)).documents.map((d) => d.outcome)).toEqual(['new']);
      const key = await keyOf(first);
      const revision = await storeIssue('levy-q2', notice(43, 45), 'text');
      const down: QueuePort = { send: async (queue, body) => (queue === 'notify' ? Promise.reject(new Error('SQS unavailable')) : backend.queue.send(queue, body)) };
      const before = notifyLog();
      await expect(run(revision, { ...deps, queue: down })).rejects.toThrow('SQS unavailable');
      // The appearance is recorded as version 2, the head still at 1: not settled, so the redelivery goes on.
      expect((await deps.documents.listAppearances(key)).find((a) => a.issueId === revision.issueId)?.version).toBe(2);
      expect((await deps.documents.getHead(key))?.version).toBe(1);

      const redelivered = await processIssue(messageFor(revision), deps);
      expect(redelivered.documents.map((d) => d.outcome)).toEqual(['revised']);
      expect(notifyLog()).toBe(before + 1);
      expect((await deps.documents.getHead(key))?.version).toBe(2);
    });
  });
});
