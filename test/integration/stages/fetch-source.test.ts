import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import { fetchSource, type FetchDeps } from '../../../shared/stages/fetch-source.ts';

/** A deliberately misbehaving government site on loopback. */
function misbehavingSite(): Server {
  let flakyCalls = 0;
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
    expect(backend.queue.depth('process')).toBe(2);
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
    expect(loop.reason).toMatch(/more than 5 redirects/);
    const blocked = await fetchSource(source('blocked', '/blocked/index.html'), deps);
    expect(blocked.reason).toMatch(/robots\.txt/);
    await fetchSource(source('gone', '/gone/index.html'), deps);
    const [gone] = await deps.issues.listBySource('gone');
    expect(gone?.reason).toMatch(/HTTP 404/);
  });

  it('refuses loopback targets in production mode', async () => {
    const outcome = await fetchSource(source('prod', '/ok/index.html'), { ...deps, allowPrivate: false });
    expect(outcome.reason).toMatch(/non-public address 127\.0\.0\.1/);
  });
});
