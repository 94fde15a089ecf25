import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import { fetchSource, type FetchDeps } from '../../../shared/stages/fetch-source.ts';

/** A deliberately misbehaving government site on loopback. */
function misbehavingSite(): Server {
  let flakyCalls = 0;
  let flakyIssueCalls = 0;
  const gbkTitle = Buffer.from([0xcd, 0xa8, 0xd6, 0xaa]); // 通知
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
  const index = (res: ServerResponse, links: string[]) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<html><body><a href="/">首页</a>${links.map((l) => `<a href="${l}">${l}</a>`).join('')}</body></html>`);
  };
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /blocked/\nDisallow: /ok/secret\n');
    } else if (url === '/ok/index.html') index(res, ['/ok/issue-1.pdf', '/ok/issue-1.pdf', '/ok/page.html', '/ok/secret.pdf']);
    else if (url === '/ok/issue-1.pdf') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(pdf);
    } else if (url === '/ok/page.html') {
      // Wrong charset header: the page is GBK.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(Buffer.concat([Buffer.from('<html><head><meta charset="gbk"><title>'), gbkTitle, Buffer.from('</title></head><body>x</body></html>')]));
    } else if (url === '/slow/index.html') {
      setTimeout(() => index(res, []), 2_000);
    } else if (url === '/flaky/index.html') {
      flakyCalls++;
      if (flakyCalls === 1) {
        res.writeHead(500);
        res.end('oops');
      } else index(res, ['/ok/issue-1.pdf']);
    } else if (url === '/big/index.html') index(res, ['/big/huge.pdf']);
    else if (url === '/big/huge.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const push = () => {
        while (sent < 60 && res.write(chunk)) sent++;
        if (sent >= 60) res.end();
        else res.once('drain', () => (sent++, push()));
      };
      res.on('error', () => undefined);
      push();
    } else if (url.startsWith('/loop/')) {
      res.writeHead(302, { location: url === '/loop/a' ? '/loop/b' : '/loop/a' });
      res.end();
    } else if (url === '/trunc/index.html') index(res, ['/trunc/no-eof.pdf', '/trunc/cut.pdf', '/trunc/stall.pdf', '/trunc/flaky.pdf']);
    else if (url === '/trunc/no-eof.pdf') {
      // Served completely, but the file itself ends mid-object.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(pdf.subarray(0, 30));
    } else if (url === '/trunc/cut.pdf') {
      // The connection drops after half of the declared length.
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length * 4) });
      res.write(pdf);
      setTimeout(() => res.destroy(), 20);
    } else if (url === '/trunc/stall.pdf') {
      // Headers at once, then the body never comes.
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write(pdf.subarray(0, 10));
    } else if (url === '/trunc/flaky.pdf') {
      flakyIssueCalls++;
      if (flakyIssueCalls === 1) {
        res.writeHead(503);
        res.end('busy');
      } else {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(Buffer.concat([pdf, Buffer.from('% flaky\n%%EOF\n')]));
      }
    } else if (url === '/gone/index.html') index(res, ['/gone/missing.pdf']);
    else if (url === '/blocked/index.html') index(res, ['/ok/issue-1.pdf']);
    else {
      res.writeHead(404);
      res.end('not found');
    }
  });
}

describe('fetchSource against a misbehaving site', () => {
  let backend: LocalBackend;
  let site: Server;
  let base: string;
  let deps: FetchDeps;

  const source = (id: string, indexPath: string, timeoutMs = 1_000): Source =>
    sourceSchema.parse({
      id,
      name: id,
      jurisdiction: { province: '山西省', divisionCode: '140000' },
      kind: 'gazette',
      discovery: { method: 'html-index', indexUrl: `${base}${indexPath}`, linkPattern: '\\.(pdf|html)$' },
      politeness: { minIntervalMs: 0, maxBytes: 50 * 1024 * 1024, timeoutMs },
    });

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-fetch-')) });
    site = misbehavingSite();
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    const a = adapters(backend.runtime);
    deps = { ...a, queue: backend.queue, userAgent: 'gazette-watch/test', allowPrivate: true, now: () => new Date(), sleep: async () => undefined };
  });

  afterAll(async () => {
    site.closeAllConnections();
    await new Promise((r) => site.close(r));
    await backend.close();
  });

  it('stores each listed issue once, enqueues it once, and skips what robots.txt disallows', async () => {
    const s = source('ok', '/ok/index.html');
    const first = await fetchSource(s, deps);
    expect(first).toMatchObject({ status: 'ok', discovered: 3, disallowed: 1, newIssues: 2, failedIssues: 0 });
    const again = await fetchSource(s, deps);
    expect(again).toMatchObject({ status: 'ok', newIssues: 0 });
    const issues = await deps.issues.listBySource('ok');
    expect(issues.map((i) => i.contentType).sort()).toEqual(['html', 'pdf']);
    expect(backend.queue.depth('extract')).toBe(2);
    const pdf = issues.find((i) => i.contentType === 'pdf');
    expect(pdf?.rawKey).toMatch(/^raw\/ok\/[0-9a-f]{20}\/[0-9a-f]{64}\.pdf$/);
    expect(new TextDecoder().decode(await deps.blobs.get(pdf?.rawKey ?? '')).startsWith('%PDF')).toBe(true);
  });

  it('records a slow index as a failure with a timeout reason and counts consecutive failures', async () => {
    const s = source('slow', '/slow/index.html', 300);
    const outcome = await fetchSource(s, deps);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toMatch(/timed out/);
    await fetchSource(s, deps);
    expect((await deps.sources.getHealth('slow')).consecutiveFailures).toBe(2);
  });

  it('retries a 500 and then succeeds', async () => {
    const outcome = await fetchSource(source('flaky', '/flaky/index.html'), deps);
    expect(outcome.status).toBe('ok');
    expect((await deps.sources.getHealth('flaky')).lastSuccessAt).not.toBeNull();
  });

  it('stops a 60 MB body at the size limit and records the issue as failed with the reason', async () => {
    const outcome = await fetchSource(source('big', '/big/index.html'), deps);
    expect(outcome.failedIssues).toBe(1);
    const [issue] = await deps.issues.listBySource('big');
    expect(issue?.status).toBe('failed');
    expect(issue?.reason).toMatch(/larger than 52428800 bytes/);
  });

  it('refuses a redirect loop, a robots-disallowed index and a 404 issue with clear reasons', async () => {
    const loop = await fetchSource(source('loop', '/loop/a'), deps);
    expect(loop.reason).toMatch(/重定向循环 redirect loop back to .*\/loop\/a/);
    const blocked = await fetchSource(source('blocked', '/blocked/index.html'), deps);
    expect(blocked.reason).toMatch(/robots\.txt/);
    await fetchSource(source('gone', '/gone/index.html'), deps);
    const [gone] = await deps.issues.listBySource('gone');
    expect(gone?.reason).toMatch(/HTTP 404/);
  });

  it('records a truncated PDF as failed, leaves a cut or stalled transfer for the next run, retries a 503 issue', async () => {
    const outcome = await fetchSource(source('trunc', '/trunc/index.html', 500), deps);
    expect(outcome).toMatchObject({ status: 'ok', discovered: 4, newIssues: 1, failedIssues: 3 });
    const byUrl = new Map(outcome.failures.map((f) => [new URL(f.url).pathname, f.reason]));
    expect(byUrl.get('/trunc/no-eof.pdf')).toMatch(/truncated PDF: no %%EOF/);
    expect(byUrl.get('/trunc/cut.pdf')).toMatch(/读取失败|连接失败/);
    expect(byUrl.get('/trunc/stall.pdf')).toMatch(/timed out after 500 ms/);
    const records = await deps.issues.listBySource('trunc');
    // Only the permanent failure is recorded; cut and stalled transfers are tried again next run.
    expect(records.map((r) => [new URL(r.url).pathname, r.status]).sort()).toEqual([
      ['/trunc/flaky.pdf', 'fetched'],
      ['/trunc/no-eof.pdf', 'failed'],
    ]);
    expect(records.find((r) => r.status === 'failed')?.reason).toMatch(/truncated PDF/);
    const health = await deps.sources.getHealth('trunc');
    expect(health).toMatchObject({ consecutiveFailures: 0, lastError: expect.stringMatching(/truncated PDF|读取|timed out/) });
  });

  it('stores a page with a wrong charset header under the charset it is really in', async () => {
    const [page] = (await deps.issues.listBySource('ok')).filter((i) => i.contentType === 'html');
    const head = await backend.runtime.s3.send(new HeadObjectCommand({ Bucket: backend.runtime.config.bucket, Key: page?.rawKey ?? '' }));
    expect(head.ContentType).toBe('text/html; charset=gb18030');
    expect(head.Metadata?.['content-type']).toBe('text/html; charset=utf-8');
    // Issue 15.6: the issue record carries the same content type, which the extract stage passes to extraction.
    expect(page?.httpContentType).toBe('text/html; charset=gb18030');
  });

  it('refuses loopback targets in production mode', async () => {
    const outcome = await fetchSource(source('prod', '/ok/index.html'), { ...deps, allowPrivate: false });
    expect(outcome.reason).toMatch(/non-public address 127\.0\.0\.1/);
  });

  it('takes at most maxNewIssuesPerRun new issues a run and leaves the rest, index re-read in full, for the next', async () => {
    const s = { ...source('capped', '/ok/index.html'), maxNewIssuesPerRun: 1 };
    const first = await fetchSource(s, deps);
    expect(first).toMatchObject({ status: 'ok', newIssues: 1, deferredIssues: 1, failedIssues: 0 });
    // No validators were kept, so the next run reads the index again and finds the issue left over.
    expect((await deps.sources.getHealth('capped')).indexEtag).toBeNull();
    const second = await fetchSource(s, deps);
    expect(second).toMatchObject({ status: 'ok', newIssues: 1, deferredIssues: 0 });
    expect((await deps.issues.listBySource('capped')).length).toBe(2);
  });
});
