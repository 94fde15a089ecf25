import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchHandler } from '../../../functions/fetch.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { issueIdFor } from '../../../shared/ingest/issue-store.ts';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import { fetchSource, type FetchDeps } from '../../../shared/stages/fetch-source.ts';

const pdf = (text: string): Buffer => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);

/** A loopback publisher with a feed, a dated newspaper, a file that gets corrected in place and two columns. */
function publisher(): Server & { hits: { path: string; at: number }[]; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>([
    ['/feed/2024/gb-01.pdf', pdf('feed 1')],
    ['/feed/2024/gb-02.pdf', pdf('feed 2')],
    ['/paper/20240104/01.pdf', pdf('paper 0104')],
    ['/paper/20240102/01.pdf', pdf('paper 0102')],
    ['/inplace/a.pdf', pdf('first version')],
    ['/col-a/1.pdf', pdf('a1')],
    ['/col-a/2.pdf', pdf('a2')],
    ['/col-b/1.pdf', pdf('b1')],
  ]);
  const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>公报</title>
    <item><title>公报2024年第2期</title><link>/feed/2024/gb-02.pdf</link><pubDate>Fri, 05 Jan 2024 09:00:00 +0800</pubDate></item>
    <item><title>公报2024年第1期</title><link>/feed/2024/gb-01.pdf</link><pubDate>2024-01-02 09:00:00</pubDate></item>
    <item><title>公报2024年第1期（重复）</title><link>/feed/2024/gb-01.pdf</link></item>
  </channel></rss>`;
  const hits: { path: string; at: number }[] = [];
  const send = (req: IncomingMessage, res: ServerResponse, type: string, body: Buffer) => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': type, etag }).end(body);
  };
  const index = (links: string[]) => Buffer.from(`<html><body>${links.map((l) => `<a href="${l}">${l}</a>`).join('')}</body></html>`);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, at: performance.now() });
    if (path === '/robots.txt') return send(req, res, 'text/plain', Buffer.from('User-agent: *\nAllow: /\n'));
    if (path === '/feed/rss.xml') return send(req, res, 'application/rss+xml; charset=utf-8', Buffer.from(rss));
    if (path === '/inplace/index.html') return send(req, res, 'text/html; charset=utf-8', index(['/inplace/a.pdf']));
    if (path === '/late/index.html') return send(req, res, 'text/html; charset=utf-8', index(['/late/notice.pdf']));
    if (path === '/col-a/index.html') return send(req, res, 'text/html; charset=utf-8', index(['/col-a/1.pdf', '/col-a/2.pdf']));
    if (path === '/col-b/index.html') return send(req, res, 'text/html; charset=utf-8', index(['/col-b/1.pdf']));
    const file = files.get(path);
    if (file) return send(req, res, 'application/pdf', file);
    res.writeHead(404).end('not found');
  });
  return Object.assign(server, { hits, files });
}

describe('fetchSource: feeds, dated URLs, files changed in place, per-host pacing', () => {
  let backend: LocalBackend;
  let site: ReturnType<typeof publisher>;
  let base: string;
  let deps: FetchDeps;

  const source = (id: string, discovery: Record<string, unknown>, minIntervalMs = 0): Source =>
    sourceSchema.parse({
      id,
      name: id,
      jurisdiction: { province: '山西省', divisionCode: '140000' },
      kind: 'gazette',
      discovery,
      politeness: { minIntervalMs, maxBytes: 1024 * 1024, timeoutMs: 2_000 },
    });

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-fetch-discovery-')), now: new Date('2024-01-05T02:00:00Z') });
    site = publisher();
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    deps = { ...adapters(backend.runtime), queue: backend.queue, userAgent: 'gazette-watch/test', allowPrivate: true, now: backend.runtime.now, sleep: async () => undefined };
  });

  afterAll(async () => {
    site.closeAllConnections();
    await new Promise((r) => site.close(r));
    await backend.close();
  });

  it('a feed: item links become issues (each once) with their pubDate; an unchanged feed answers 304', async () => {
    const s = source('feed', { method: 'feed', feedUrl: `${base}/feed/rss.xml` });
    expect(await fetchSource(s, deps)).toMatchObject({ status: 'ok', discovered: 2, newIssues: 2, failedIssues: 0 });
    const issues = await deps.issues.listBySource('feed');
    expect(issues.map((i) => [new URL(i.url).pathname, i.title, i.publishedAt]).sort()).toEqual([
      ['/feed/2024/gb-01.pdf', '公报2024年第1期', '2024-01-02T01:00:00.000Z'],
      ['/feed/2024/gb-02.pdf', '公报2024年第2期', '2024-01-05T01:00:00.000Z'],
    ]);
    for (const i of issues) await deps.issues.update({ ...i, status: 'processed' });
    expect(await fetchSource(s, deps)).toMatchObject({ status: 'not-modified', newIssues: 0, revisedIssues: 0 });
    expect((await deps.sources.getHealth('feed')).indexEtag).toMatch(/^"[0-9a-f]{16}"$/);
  });

  it('dated URLs: today and the lookback days in Beijing time; a 404 day is nothing published, not a failure', async () => {
    const s = source('paper', { method: 'dated-url', urlTemplate: `${base}/paper/{yyyy}{mm}{dd}/01.pdf`, lookbackDays: 3 });
    const before = site.hits.length;
    const outcome = await fetchSource(s, deps);
    expect(outcome).toMatchObject({ status: 'ok', discovered: 4, newIssues: 2, failedIssues: 0, failures: [] });
    expect(site.hits.slice(before).map((h) => h.path).filter((p) => p.startsWith('/paper/'))).toEqual([
      '/paper/20240105/01.pdf',
      '/paper/20240104/01.pdf',
      '/paper/20240103/01.pdf',
      '/paper/20240102/01.pdf',
    ]);
    const issues = await deps.issues.listBySource('paper');
    expect(issues.map((i) => i.publishedAt).sort()).toEqual(['2024-01-02T00:00:00+08:00', '2024-01-04T00:00:00+08:00']);
    expect(await deps.sources.getHealth('paper')).toMatchObject({ consecutiveFailures: 0, lastError: null });
  });

  it('a file replaced in place is stored under its new sha256 and handed to process once; identical bytes are not', async () => {
    const s = source('inplace', { method: 'html-index', indexUrl: `${base}/inplace/index.html`, linkPattern: '\\.pdf$' });
    const processBefore = backend.queue.depth('extract');
    expect(await fetchSource(s, deps)).toMatchObject({ newIssues: 1 });
    const id = issueIdFor(`${base}/inplace/a.pdf`);
    const v1 = await deps.issues.get('inplace', id);
    await deps.issues.update({ ...v1!, status: 'processed' });

    expect(await fetchSource(s, deps)).toMatchObject({ status: 'not-modified', newIssues: 0, revisedIssues: 0 });
    site.files.set('/inplace/a.pdf', pdf('corrected version'));
    // Known issues are re-checked on a decaying schedule (daily at first, issue 18), not on every run.
    const started = backend.runtime.now();
    const hitsBefore = site.hits.length;
    expect(await fetchSource(s, deps)).toMatchObject({ status: 'not-modified', newIssues: 0, revisedIssues: 0 });
    expect(site.hits.slice(hitsBefore).map((h) => h.path)).not.toContain('/inplace/a.pdf');
    backend.setNow(new Date(started.getTime() + 25 * 3600 * 1000));
    expect(await fetchSource(s, deps)).toMatchObject({ status: 'not-modified', newIssues: 0, revisedIssues: 1 });
    expect(await fetchSource(s, deps)).toMatchObject({ revisedIssues: 0 });
    backend.setNow(started);

    const v2 = await deps.issues.get('inplace', id);
    expect(v2).toMatchObject({ version: 2, status: 'fetched', firstSeenAt: v1?.fetchedAt });
    expect(v2?.sha256).not.toBe(v1?.sha256);
    expect(v2?.rawKey).toBe(`raw/inplace/${id}/${v2?.sha256}.pdf`);
    expect(new TextDecoder().decode(await deps.blobs.get(v2!.rawKey))).toContain('corrected version');
    expect(await deps.blobs.exists(v1!.rawKey)).toBe(true);
    expect(backend.queue.depth('extract') - processBefore).toBe(2);
  });

  it('a file linked before it was uploaded (404) is tried again and, once there, becomes a new issue', async () => {
    const s = source('late', { method: 'html-index', indexUrl: `${base}/late/index.html`, linkPattern: '\\.pdf$' });
    const processBefore = backend.queue.depth('extract');
    const first = await fetchSource(s, deps);
    expect(first).toMatchObject({ newIssues: 0, failedIssues: 1 });
    expect(first.failures[0]?.reason).toMatch(/404/);
    const id = issueIdFor(`${base}/late/notice.pdf`);
    expect(await deps.issues.get('late', id)).toMatchObject({ status: 'failed', httpStatus: 404, rawKey: '' });

    // Still missing: tried again, recorded once, nothing handed to process.
    expect(await fetchSource(s, deps)).toMatchObject({ newIssues: 0 });
    site.files.set('/late/notice.pdf', pdf('征收土地预公告'));
    expect(await fetchSource(s, deps)).toMatchObject({ newIssues: 1, revisedIssues: 0 });
    expect(await fetchSource(s, deps)).toMatchObject({ newIssues: 0, revisedIssues: 0 });

    const record = await deps.issues.get('late', id);
    expect(record).toMatchObject({ status: 'fetched', version: 1, httpStatus: null, reason: null });
    expect(new TextDecoder().decode(await deps.blobs.get(record!.rawKey))).toContain('征收土地预公告');
    expect(backend.queue.depth('extract') - processBefore).toBe(1);
  });

  it('two sources on one host in one fetch batch share the minimum interval and never overlap', async () => {
    const a = adapters(backend.runtime);
    await a.sources.put(source('col-a', { method: 'html-index', indexUrl: `${base}/col-a/index.html`, linkPattern: '\\.pdf$' }, 150));
    await a.sources.put(source('col-b', { method: 'html-index', indexUrl: `${base}/col-b/index.html`, linkPattern: '\\.pdf$' }, 150));
    const before = site.hits.length;
    const record = (id: string, sourceId: string) => ({ messageId: id, body: JSON.stringify({ sourceId, requestedAt: 'x' }) });
    const event = { Records: [record('m1', 'col-a'), record('m2', 'col-b')] } as unknown as Parameters<ReturnType<typeof createFetchHandler>>[0];
    const response = await createFetchHandler(() => backend.runtime)(event);
    expect(response.batchItemFailures).toEqual([]);
    const hits = site.hits.slice(before);
    // robots.txt once for the host, then both columns and their files.
    expect(hits.map((h) => h.path)).toEqual(['/robots.txt', '/col-a/index.html', '/col-a/1.pdf', '/col-a/2.pdf', '/col-b/index.html', '/col-b/1.pdf']);
    // The interval between every two requests after robots.txt (which neither waits for it nor starts it).
    const gaps = hits.slice(2).map((h, i) => h.at - hits[i + 1]!.at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(145);
  });
});
