import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { sourceSchema } from '../../../shared/model/source.ts';
import { fetchSource, type FetchDeps } from '../../../shared/stages/fetch-source.ts';
import { startHostileSite, type HostileSite } from '../../fixtures/hostile/hostile-site.ts';

describe('tarpit links on the local cloud', () => {
  let backend: LocalBackend;
  let site: HostileSite;
  let deps: FetchDeps;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-tarpit-')) });
    site = await startHostileSite();
    deps = { ...adapters(backend.runtime), queue: backend.queue, userAgent: 'gazette-watch/test', allowPrivate: true, now: () => new Date(), sleep: async () => undefined };
  });
  afterAll(async () => {
    await site.close();
    await backend.close();
  });

  it('costs each tarpit link one timeout per run (asked once) and records it on the source health', async () => {
    const source = sourceSchema.parse({
      id: 'tarpit',
      name: 'tarpit',
      jurisdiction: { province: '山西省', divisionCode: '140000' },
      kind: 'gazette',
      discovery: { method: 'html-index', indexUrl: `${site.url}/tarpit/index.html`, linkPattern: '\\.pdf$' },
      politeness: { minIntervalMs: 0, maxBytes: 1024 * 1024, timeoutMs: 300 },
    });
    const t0 = performance.now();
    const outcome = await fetchSource(source, deps);
    const elapsed = performance.now() - t0;
    expect(outcome.failedIssues).toBe(2);
    expect(site.hits.get('/tarpit/headers.pdf')).toBe(1);
    expect(site.hits.get('/tarpit/body.pdf')).toBe(1);
    expect(elapsed).toBeLessThan(2 * 300 + 700);
    const health = await deps.sources.getHealth('tarpit');
    expect(health.slowLinks?.map((l) => l.url).sort()).toEqual([`${site.url}/tarpit/body.pdf`, `${site.url}/tarpit/headers.pdf`]);
    expect(health.slowLinks?.every((l) => /超时/.test(l.reason))).toBe(true);
    // Not recorded as failed issues: a slow site may answer next run.
    expect(await deps.issues.listBySource('tarpit')).toEqual([]);
  });
});
