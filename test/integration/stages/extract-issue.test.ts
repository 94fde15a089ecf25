import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { extractedTextSchema } from '../../../shared/model/extracted-text.ts';
import type { IssueRecord } from '../../../shared/model/issue.ts';
import { issueTextKey, processMessageSchema } from '../../../shared/model/messages.ts';
import { sourceSchema } from '../../../shared/model/source.ts';
import { extractIssue, type ExtractDeps } from '../../../shared/stages/extract-issue.ts';
import { processIssue, type ProcessDeps } from '../../../shared/stages/process-issue.ts';
import { sha256Hex } from '../../../shared/util/hash.ts';
import { encodeGbk, htmlCharRef } from '../../../scripts/sample-site/gbk.ts';
import { ocrTools, testLimits } from './extract-deps.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const lishi = sourceSchema.parse({
  id: 'lishi-gazette',
  name: '吕梁市离石区人民政府公报',
  jurisdiction: { province: '山西省', city: '吕梁市', county: '离石区', divisionCode: '141102' },
  kind: 'gazette',
  discovery: { method: 'html-index', indexUrl: 'http://127.0.0.1:1/index.html', linkPattern: '\\.pdf$' },
});
const scanned = readFileSync(join(fixtures, 'site/files/lishi-gazette/upload/2023/lsgb-2023-01.pdf'));
const attachments = readFileSync(join(fixtures, 'site/files/jiangxian-gazette/zfgb/2024/jxzfgb-2024-02.pdf'));

describe('extract → process on the local backend (issue 20, issue 15.5/15.6)', () => {
  let backend: LocalBackend;
  let deps: ExtractDeps;
  let processDeps: ProcessDeps;

  async function storeIssue(issueId: string, bytes: Uint8Array, extra: Partial<IssueRecord> = {}): Promise<IssueRecord> {
    const sha256 = sha256Hex(bytes);
    const rawKey = `raw/${lishi.id}/${issueId}/${sha256}.bin`;
    await deps.blobs.put(rawKey, bytes, { contentType: 'application/octet-stream' });
    const record: IssueRecord = {
      sourceId: lishi.id,
      issueId,
      url: `http://127.0.0.1:1/${issueId}`,
      title: null,
      contentType: 'pdf',
      sha256,
      rawKey,
      status: 'fetched',
      reason: null,
      fetchedAt: '2023-11-01T00:00:00.000Z',
      processedAt: null,
      documentCount: null,
      ...extra,
    };
    expect(await deps.issues.create(record)).toBe(true);
    return record;
  }
  const message = (r: IssueRecord) => ({ sourceId: r.sourceId, issueId: r.issueId, rawKey: r.rawKey });
  const lastProcessMessage = () => processMessageSchema.parse(JSON.parse(backend.queue.log('process').at(-1) ?? '{}'));

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-extract-')), now: new Date('2023-11-02T00:00:00Z') });
    const a = adapters(backend.runtime);
    deps = { ...a, queue: backend.queue, now: backend.runtime.now, maxAttempts: 3, extraction: { ocr: ocrTools(), limits: testLimits, clock: () => performance.now() } };
    processDeps = { ...a, queue: backend.queue, now: backend.runtime.now, maxAttempts: 3 };
    await a.sources.put(lishi);
  });
  afterAll(() => backend.close());

  it('a fully scanned issue: every page OCR’d, the page map stored, documents with their 文号 and OCR pages', async () => {
    const issue = await storeIssue('scan-2023-01', scanned);
    const out = await extractIssue(message(issue), deps);
    expect(out).toMatchObject({ status: 'extracted', ocrPages: [1, 2], unreadPages: [] });
    const stored = extractedTextSchema.parse(JSON.parse(await deps.blobs.getText(issueTextKey(issue.sourceId, issue.issueId, issue.sha256))));
    expect(stored.pages.map((p) => p.method)).toEqual(['ocr', 'ocr']);
    expect(stored.ocr?.engine).toMatch(/tesseract/);
    expect(stored.text).toContain('王海军同志为区住房和城乡建设局副局长');

    const notifyBefore = backend.queue.log('notify').length;
    const processed = await processIssue(lastProcessMessage(), processDeps);
    expect(processed.status).toBe('processed');
    const ids = backend.queue.log('notify').slice(notifyBefore).map((b) => (JSON.parse(b) as { changeId: string }).changeId);
    const changes = await Promise.all(ids.map((id) => adapters(backend.runtime).changes.get(id)));
    const numbers = changes.map((c) => c?.docNumber);
    expect(numbers).toEqual(expect.arrayContaining(['离政发〔2023〕2号', '离政函〔2023〕6号', '离政办发〔2023〕4号']));
    const appointment = changes.find((c) => c?.docNumber === '离政发〔2023〕2号');
    expect(appointment?.category).toBe('appointment');
    expect(appointment?.appointments.map((p) => p.person)).toEqual(expect.arrayContaining(['王海军', '赵丽娟', '孙志强', '周建国']));
    for (const c of changes) expect(c?.ocrPages?.length).toBeGreaterThan(0);
  }, 120_000);

  it('a PDF whose attachment page is an image: text pages from the layer, the attachment by OCR, both in one document', async () => {
    const issue = await storeIssue('attach-2024-02', attachments);
    const out = await extractIssue(message(issue), deps);
    expect(out.status).toBe('extracted');
    const stored = extractedTextSchema.parse(JSON.parse(await deps.blobs.getText(out.textKey ?? '')));
    expect(stored.pages.map((p) => p.method)).toEqual(['text', 'ocr']);
    expect(stored.text).toContain('青苗补偿费');
  }, 120_000);

  it('a replayed extract message stores nothing new and hands over the same text key', async () => {
    const issue = await deps.issues.get(lishi.id, 'attach-2024-02');
    const before = backend.queue.log('process').length;
    const replay = await extractIssue(message(issue!), { ...deps, extraction: { ...deps.extraction, ocr: null } });
    expect(replay.status).toBe('extracted');
    expect(replay.ocrPages).toEqual([2]); // read from the stored page map: no OCR engine was needed
    expect(backend.queue.log('process').length).toBe(before + 1);
    expect(lastProcessMessage().textKey).toBe(issueTextKey(lishi.id, 'attach-2024-02', issue!.sha256));
  });

  it('page limit: pages past it are recorded as unread, the issue is partial, not failed', async () => {
    const issue = await storeIssue('scan-limited', scanned.subarray(0)); // same bytes, another issue
    const limited = { ...deps, extraction: { ...deps.extraction, limits: { ...testLimits, maxOcrPages: 1 } } };
    const out = await extractIssue(message(issue), limited);
    expect(out).toMatchObject({ status: 'extracted', ocrPages: [1], unreadPages: [2] });
    const record = await deps.issues.get(lishi.id, 'scan-limited');
    expect(record?.partialReason).toMatch(/page limit/);
  }, 120_000);

  it('time budget: once spent, no further page is OCR’d (a clock that jumps past it)', async () => {
    const issue = await storeIssue('scan-budget', scanned.subarray(0));
    let t = 0;
    const clock = () => (t += 400_000); // every reading is 400 s later than the one before
    const out = await extractIssue(message(issue), { ...deps, extraction: { ...deps.extraction, clock } });
    expect(out.status).toBe('failed'); // no page was read at all: nothing to process
    expect((await deps.issues.get(lishi.id, 'scan-budget'))?.reason).toMatch(/time budget/);
  });

  it('without an OCR engine a scanned issue fails with the reason, never loops', async () => {
    const issue = await storeIssue('scan-no-ocr', scanned.subarray(0));
    const out = await extractIssue(message(issue), { ...deps, extraction: { ...deps.extraction, ocr: null } });
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/no OCR engine/);
  });

  it('issue 15.5: a missing raw object is counted per attempt and, at the limit, fails the issue with its reason', async () => {
    const issue = await storeIssue('missing-raw', Buffer.from('%PDF-1.4 gone'));
    const record = { ...issue, rawKey: `raw/${lishi.id}/missing-raw/not-there.pdf` };
    await deps.issues.update(record);
    await expect(extractIssue(message(record), deps)).rejects.toThrow();
    expect((await deps.issues.get(lishi.id, 'missing-raw'))).toMatchObject({ status: 'fetched', attempts: 1 });
    await expect(extractIssue(message(record), deps)).rejects.toThrow();
    const third = await extractIssue(message(record), deps);
    expect(third).toMatchObject({ status: 'failed', gaveUp: true });
    const failed = await deps.issues.get(lishi.id, 'missing-raw');
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed?.reason).toMatch(/gave up after 3 attempts/);
    expect((await extractIssue(message(record), deps)).status).toBe('skipped'); // re-sent by fetch: nothing more happens
  });

  it('issue 15.5: process counts a missing text object the same way', async () => {
    const issue = await storeIssue('missing-text', Buffer.from('关于某事的通知\n正文。\n'));
    const msg = { ...message(issue), textKey: issueTextKey(lishi.id, 'missing-text', issue.sha256) };
    await expect(processIssue(msg, processDeps)).rejects.toThrow();
    await expect(processIssue(msg, processDeps)).rejects.toThrow();
    expect(await processIssue(msg, processDeps)).toMatchObject({ status: 'failed', gaveUp: true });
    expect((await deps.issues.get(lishi.id, 'missing-text'))?.status).toBe('failed');
  });

  it('issue 15.6: the stored HTTP charset reaches extraction (GBK page, header only, no meta tag)', async () => {
    const html = `<html><head><title>山阴县人民政府关于印发某办法的通知</title></head><body><div class="content"><p>山阴县人民政府关于印发某办法的通知</p><p>山政发〔2023〕99号</p><p>各乡镇人民政府：现将办法印发给你们，请认真贯彻执行。</p><p>山阴县人民政府</p><p>2023年10月9日</p></div></body></html>`;
    const bytes = gbk(html);
    const issue = await storeIssue('gbk-header', bytes, { contentType: 'html', httpContentType: 'text/html; charset=gbk' });
    const out = await extractIssue(message(issue), deps);
    expect(out.status).toBe('extracted');
    const stored = extractedTextSchema.parse(JSON.parse(await deps.blobs.getText(out.textKey ?? '')));
    expect(stored.text).toContain('山政发〔2023〕99号');
    expect(stored.text).not.toContain('\ufffd');
  });

  it('issue 15.6: a page that decodes to mostly replacement characters (GBK bytes served as UTF-8) is a failed issue, never a mail', async () => {
    const notifyBefore = backend.queue.log('notify').length;
    const bytes = gbk(`<html><body><div class="content"><p>${'山阴县人民政府关于印发某办法的通知，请认真贯彻执行。'.repeat(5)}</p></div></body></html>`);
    const issue = await storeIssue('gbk-as-utf8', bytes, { contentType: 'html', httpContentType: 'text/html; charset=utf-8' });
    const out = await extractIssue(message(issue), deps);
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/U\+FFFD|replacement characters/);
    expect(backend.queue.log('notify').length).toBe(notifyBefore);
  });
});

/** GBK bytes of a string (the sample site's encoder). */
function gbk(text: string): Buffer {
  return encodeGbk(text, htmlCharRef);
}
