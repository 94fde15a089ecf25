import { describe, expect, it } from 'vitest';
import type { DiscoveredIssue } from '../../../shared/ingest/discovery/types.ts';
import { permanent } from '../../../shared/ingest/errors.ts';
import type { HttpResponse } from '../../../shared/ingest/http-client.ts';
import { fetchNewIssue, isRecheckDue, issueIdFor, recheckIssue, type IssueStoreDeps } from '../../../shared/ingest/issue-store.ts';
import type { IssueRecord } from '../../../shared/model/issue.ts';
import type { BlobStore, IssueRepository, QueuePort } from '../../../shared/store/ports.ts';
import { sha256Hex } from '../../../shared/util/hash.ts';

/** In-memory stand-ins with the same conditional semantics as the DynamoDB adapter. */
class MemoryIssues implements IssueRepository {
  readonly rows = new Map<string, IssueRecord>();
  async get(sourceId: string, issueId: string) {
    return this.rows.get(`${sourceId}/${issueId}`) ?? null;
  }
  async create(r: IssueRecord) {
    if (this.rows.has(`${r.sourceId}/${r.issueId}`)) return false;
    this.rows.set(`${r.sourceId}/${r.issueId}`, r);
    return true;
  }
  async update(r: IssueRecord) {
    this.rows.set(`${r.sourceId}/${r.issueId}`, r);
  }
  async replace(r: IssueRecord, expectedSha256: string) {
    if (this.rows.get(`${r.sourceId}/${r.issueId}`)?.sha256 !== expectedSha256) return false;
    this.rows.set(`${r.sourceId}/${r.issueId}`, r);
    return true;
  }
  async getMany(sourceId: string, issueIds: string[]) {
    return issueIds.map((id) => this.rows.get(`${sourceId}/${id}`)).filter((r): r is IssueRecord => r !== undefined);
  }
  async listBySource(sourceId: string) {
    return [...this.rows.values()].filter((r) => r.sourceId === sourceId);
  }
  async listByStatus(status: IssueRecord['status']) {
    return [...this.rows.values()].filter((r) => r.status === status);
  }
}

function harness() {
  const blobs = new Map<string, Uint8Array>();
  const blobStore: BlobStore = {
    put: async (key, body) => void blobs.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body),
    get: async (key) => blobs.get(key) ?? new Uint8Array(),
    getText: async (key) => new TextDecoder().decode(blobs.get(key)),
    exists: async (key) => blobs.has(key),
  };
  const sent: unknown[] = [];
  const queue: QueuePort = { send: async (_q, body) => void sent.push(body) };
  let now = new Date('2024-05-06T02:00:00Z');
  const deps: IssueStoreDeps = { issues: new MemoryIssues(), blobs: blobStore, queue, now: () => now };
  return { deps, blobs, sent, issues: deps.issues as MemoryIssues, advance: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) };
}

const url = 'http://www.example.gov.cn/zfgb/2024/gb-2024-01.pdf';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF\n`);
/** A site whose one file can be replaced; answers If-None-Match like a real server. */
function site(initial: Uint8Array) {
  let body = initial;
  const requests: Record<string, string>[] = [];
  const etag = () => `"${sha256Hex(body).slice(0, 16)}"`;
  return {
    replace: (b: Uint8Array) => (body = b),
    requests,
    get: async (_u: string, headers: Record<string, string> = {}): Promise<HttpResponse> => {
      requests.push(headers);
      const h = new Headers({ etag: etag(), 'content-type': 'application/pdf' });
      if (headers['if-none-match'] === etag()) return { status: 304, url, headers: h, bytes: new Uint8Array() };
      return { status: 200, url, headers: h, bytes: body };
    },
  };
}
const found: DiscoveredIssue = { url, title: '公报2024年第1期', publishedAt: '2024-05-06T02:00:00.000Z', mayBeAbsent: false };

describe('a file changed in place', () => {
  it('is stored under its new sha256, moves to the next version and is handed to process once', async () => {
    const h = harness();
    const s = site(pdf('第一版'));
    expect(await fetchNewIssue('src', found, s.get, h.deps)).toMatchObject({ kind: 'new', record: { status: 'fetched', version: 1 } });
    const v1 = (await h.issues.get('src', issueIdFor(url)))!;
    expect(v1).toMatchObject({ version: 1, status: 'fetched', publishedAt: '2024-05-06T02:00:00.000Z', rawKey: `raw/src/${issueIdFor(url)}/${sha256Hex(pdf('第一版'))}.pdf` });
    await h.issues.update({ ...v1, status: 'processed' });

    // Identical bytes: a 304 (validators kept) and nothing else.
    h.advance(1);
    expect(await recheckIssue((await h.issues.get('src', v1.issueId))!, s.get, h.deps)).toMatchObject({ kind: 'unchanged' });
    expect(s.requests.at(-1)).toEqual({ 'if-none-match': v1.etag });
    expect(h.sent).toHaveLength(1);

    // The publisher replaces the PDF with a corrected one at the same URL.
    s.replace(pdf('更正后的第二版'));
    const stored = (await h.issues.get('src', v1.issueId))!;
    const [first, second] = await Promise.all([recheckIssue(stored, s.get, h.deps), recheckIssue(stored, s.get, h.deps)]);
    expect([first, second].map((r) => r.kind).sort()).toEqual(['revised', 'unchanged']);
    const v2 = (await h.issues.get('src', v1.issueId))!;
    expect(v2).toMatchObject({ version: 2, status: 'fetched', processedAt: null, firstSeenAt: v1.fetchedAt, sha256: sha256Hex(pdf('更正后的第二版')) });
    expect(v2.rawKey).toBe(`raw/src/${v1.issueId}/${v2.sha256}.pdf`);
    expect([...h.blobs.keys()].sort()).toEqual([v1.rawKey, v2.rawKey].sort());
    expect(h.sent).toEqual([
      { sourceId: 'src', issueId: v1.issueId, rawKey: v1.rawKey },
      { sourceId: 'src', issueId: v1.issueId, rawKey: v2.rawKey },
    ]);

    // Fetched again with the same (new) bytes, and without validators: still not processed again.
    await h.issues.update({ ...v2, status: 'processed', etag: null });
    expect(await recheckIssue((await h.issues.get('src', v1.issueId))!, s.get, h.deps)).toMatchObject({ kind: 'unchanged' });
    expect(h.sent).toHaveLength(2);
  });

  it('a truncated PDF is recorded failed with its reason, and recovers when the publisher fixes it in place', async () => {
    const h = harness();
    const s = site(new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog'));
    const result = await fetchNewIssue('src', found, s.get, h.deps);
    expect(result).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/truncated PDF/) });
    const failed = (await h.issues.get('src', issueIdFor(url)))!;
    expect(failed).toMatchObject({ status: 'failed', rawKey: '' });
    expect(h.sent).toEqual([]);
    expect(isRecheckDue(failed, h.deps.now(), 14)).toBe(true);
    s.replace(pdf('完整'));
    expect(await recheckIssue(failed, s.get, h.deps)).toMatchObject({ kind: 'revised' });
    expect(await h.issues.get('src', failed.issueId)).toMatchObject({ status: 'fetched', reason: null, version: 2, contentType: 'pdf' });
    expect(h.sent).toHaveLength(1);
  });

  it('re-checks issues first seen within the window: with bytes, or linked before upload (404); never a refused or oversized one', async () => {
    const h = harness();
    const s = site(pdf('x'));
    await fetchNewIssue('src', found, s.get, h.deps);
    const record = (await h.issues.get('src', issueIdFor(url)))!;
    expect(isRecheckDue(record, h.deps.now(), 14)).toBe(true);
    expect(isRecheckDue(record, h.advance(15), 14)).toBe(false);
    expect(isRecheckDue(record, h.deps.now(), 0)).toBe(false);
    const gone: DiscoveredIssue = { ...found, url: 'http://www.example.gov.cn/missing.pdf' };
    await fetchNewIssue('src', gone, () => Promise.reject(permanent('HTTP 404', 404)), h.deps);
    const missing = (await h.issues.get('src', issueIdFor(gone.url)))!;
    expect(isRecheckDue(missing, h.deps.now(), 14)).toBe(true);
    expect(isRecheckDue(missing, h.advance(15), 14)).toBe(false);
    const huge: DiscoveredIssue = { ...found, url: 'http://www.example.gov.cn/huge.pdf' };
    await fetchNewIssue('src', huge, () => Promise.reject(permanent('文件超过上限 over 50 MB')), h.deps);
    expect(isRecheckDue((await h.issues.get('src', issueIdFor(huge.url)))!, h.deps.now(), 14)).toBe(false);
  });

  it('a dated URL that 404s is "nothing published": no record, no failure', async () => {
    const h = harness();
    const result = await fetchNewIssue('src', { ...found, mayBeAbsent: true }, () => Promise.reject(permanent('HTTP 404', 404)), h.deps);
    expect(result).toMatchObject({ kind: 'absent' });
    expect(h.issues.rows.size).toBe(0);
    const forbidden = await fetchNewIssue('src', { ...found, mayBeAbsent: true }, () => Promise.reject(permanent('HTTP 403', 403)), h.deps);
    expect(forbidden).toMatchObject({ kind: 'failed', reason: 'HTTP 403' });
  });
});
