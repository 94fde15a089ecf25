import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IngestError } from '../../../shared/ingest/errors.ts';
import { httpGet, withRetries, type HttpRequestOptions } from '../../../shared/ingest/http-client.ts';
import { isTimedOut, LinkBudget } from '../../../shared/ingest/link-budget.ts';
import { startHostileSite, type HostileSite } from '../../fixtures/hostile/hostile-site.ts';

const local: HttpRequestOptions = { userAgent: 'gw-test', timeoutMs: 400, maxBytes: 1024 * 1024, allowPrivate: true };

async function failure(p: Promise<unknown>): Promise<IngestError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof IngestError)) throw new Error(`expected an IngestError, got ${String(err)}`);
  return err;
}

describe('httpGet on hostile responses (each with its recorded reason)', () => {
  let site: HostileSite;
  beforeAll(async () => {
    site = await startHostileSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('cuts off a server that never answers and one that drips its body, within one timeout', async () => {
    for (const path of ['/tarpit/headers', '/tarpit/body']) {
      const t0 = performance.now();
      const err = await failure(httpGet(`${site.url}${path}`, local));
      expect(isTimedOut(err), path).toBe(true);
      expect(err.message).toMatch(/超时 .*timed out after 400 ms/);
      expect(performance.now() - t0).toBeLessThan(1_500);
    }
  });

  it('spends one budget per link across retries: a tarpit is asked once, not three times', async () => {
    const budget = new LinkBudget(300);
    const t0 = performance.now();
    const err = await failure(
      withRetries(() => budget.run('x', (remainingMs) => httpGet(`${site.url}/tarpit/headers?r`, { ...local, timeoutMs: remainingMs })), {
        attempts: 3,
        baseDelayMs: 1,
      }),
    );
    expect(isTimedOut(err)).toBe(true);
    expect(site.hits.get('/tarpit/headers?r')).toBe(1);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(budget.exhausted()).toBe(true);
    await expect(budget.run('x', async () => 'never')).rejects.toThrow(/budget of 300 ms used up/);
  });

  it('stops a gzip bomb at the size limit counted on decompressed bytes', async () => {
    const err = await failure(httpGet(`${site.url}/bomb.pdf`, local));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/文件过大 larger than 1048576 bytes/);
  });

  it('stops a streamed 60 MB body at 50 MB, and a declared one before reading it', async () => {
    const big = { ...local, timeoutMs: 10_000, maxBytes: 50 * 1024 * 1024 };
    expect((await failure(httpGet(`${site.url}/huge.pdf`, big))).message).toMatch(/文件过大 larger than 52428800 bytes: /);
    expect((await failure(httpGet(`${site.url}/declared-huge.pdf`, big))).message).toMatch(/文件过大 .*\(62914560\)/);
  });

  it('refuses a redirect loop as soon as a URL comes back', async () => {
    const err = await failure(httpGet(`${site.url}/loop/a`, { ...local, maxRedirects: 20 }));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/重定向循环 redirect loop back to .*\/loop\/a/);
    expect(site.hits.get('/loop/a')).toBe(1);
  });
});

describe('httpGet address guard on every redirect hop (fetch mocked: nothing leaves the machine)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const redirectingTo = (location: string) => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (input: URL | string) => {
      calls.push(String(input));
      return new Response(null, { status: 302, headers: { location } });
    });
    return calls;
  };
  const production: HttpRequestOptions = { ...local, allowPrivate: false, resolve: async (host) => (host === 'rebind.example' ? ['::ffff:10.0.0.1'] : ['202.96.134.133']) };

  it.each([
    ['http://[::ffff:127.0.0.1]/admin', /IPv4-mapped .*127\.0\.0\.1/],
    ['http://[::7f00:1]/', /IPv4-compatible/],
    ['http://[64:ff9b::a9fe:a9fe]/latest/meta-data', /NAT64 .*169\.254\.169\.254/],
    ['http://[2002:c0a8:101::1]/', /6to4 .*192\.168\.1\.1/],
    ['http://[fec0::1]/', /site-local/],
    ['http://192.0.0.170/', /IETF protocol assignments/],
    ['http://198.18.0.1/', /benchmarking/],
    ['http://203.0.113.5/', /TEST-NET-3/],
    ['http://rebind.example/', /::ffff:10\.0\.0\.1/],
  ])('refuses a hop to %s', async (location, reason) => {
    const calls = redirectingTo(location);
    const err = await failure(httpGet('http://gazette.example.cn/index.html', production));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(reason);
    expect(calls).toEqual(['http://gazette.example.cn/index.html']);
  });
});
