import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { permanent, retryable } from '../../../shared/ingest/errors.ts';
import type { HttpResponse } from '../../../shared/ingest/http-client.ts';
import { RobotsCache, ROBOTS_TTL_MS } from '../../../shared/ingest/robots-cache.ts';
import { DynamoRobotsStore } from '../../../shared/store/dynamo/robots-store.ts';

const ok = (text: string): HttpResponse => ({ status: 200, url: '', headers: new Headers(), bytes: new TextEncoder().encode(text) }) as HttpResponse;

/** A host whose robots.txt answers what `answer` says, counting requests. */
function host(answer: () => HttpResponse) {
  const asked: string[] = [];
  return { asked, get: async (url: string) => (asked.push(url), answer()) };
}

describe('robots.txt kept across invocations in the sources table (issue 18)', () => {
  let backend: LocalBackend;
  let store: DynamoRobotsStore;
  let now = new Date('2026-12-01T02:00:00Z');
  const cache = () => new RobotsCache('gazette-watch', { store, now: () => now });

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-robots-')) });
    store = new DynamoRobotsStore(backend.runtime.db, backend.runtime.config.tables.sources);
  });
  afterAll(async () => backend.close());

  it('reads a host once a day, whichever invocation asks, and keeps its rules', async () => {
    const site = host(() => ok('User-agent: *\nDisallow: /private/\n'));
    expect(await cache().allows('http://www.a.gov.cn/zwgk/1.pdf', site.get)).toBe(true);
    now = new Date(now.getTime() + 3600 * 1000);
    expect(await cache().allows('http://www.a.gov.cn/private/x.pdf', site.get)).toBe(false);
    expect(await cache().allows('http://www.a.gov.cn/zwgk/2.pdf', site.get)).toBe(true);
    expect(site.asked).toEqual(['http://www.a.gov.cn/robots.txt']);
    now = new Date(now.getTime() + ROBOTS_TTL_MS);
    expect(await cache().allows('http://www.a.gov.cn/zwgk/2.pdf', site.get)).toBe(true);
    expect(site.asked).toHaveLength(2);
    expect(await store.get('http://www.a.gov.cn')).toMatchObject({ text: 'User-agent: *\nDisallow: /private/\n', fetchedAt: now.toISOString() });
  });

  it('keeps a missing robots.txt (everything allowed) but asks an unreachable one again next run', async () => {
    const missing = host(() => {
      throw permanent('HTTP 404', 404);
    });
    expect(await cache().allows('http://www.b.gov.cn/x', missing.get)).toBe(true);
    expect(await cache().allows('http://www.b.gov.cn/y', missing.get)).toBe(true);
    expect(missing.asked).toHaveLength(1);

    const down = host(() => {
      throw retryable('HTTP 503', 503);
    });
    expect(await cache().rulesFor('http://www.c.gov.cn', down.get)).toMatch(/robots.txt unreachable/);
    expect(await cache().rulesFor('http://www.c.gov.cn', down.get)).toMatch(/robots.txt unreachable/);
    expect(down.asked).toHaveLength(2);
    expect(await store.get('http://www.c.gov.cn')).toBeNull();
  });
});
