import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchHandler } from '../../../functions/fetch.ts';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { startSimulatedSources, type SimulatedSources } from '../../../infra/local/sample-site/simulated-sources.ts';
import { planFetchMessages } from '../../../shared/stages/fetch-batches.ts';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

describe('fetch handler: several sources of distinct hosts per message (issue 18)', () => {
  let backend: LocalBackend;
  let site: SimulatedSources;
  let run: () => Promise<{ requests: number; followUps: number }>;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-fetch-handler-')), now: new Date('2026-11-02T02:00:00Z') });
    // 12 sources on 4 hosts, one 2 KiB issue each; a 300 ms politeness interval per host.
    site = await startSimulatedSources({ sources: 12, hosts: 4, issuesOf: () => 1, issueBytes: 2048, minIntervalMs: 300 });
    const a = adapters(backend.runtime);
    for (const s of site.sources) await a.sources.put(s);
    // plan's messages, wave by wave; every invocation is a new container (the queue delay separates waves).
    // Then the follow-ups the runs sent (re-checks left for later), each after its delay: a new container too.
    run = async () => {
      const before = site.requests;
      const deliver = async (message: unknown, n: string) => {
        const event = { Records: [{ messageId: n, body: JSON.stringify(message) }] } as unknown as SQSEvent;
        expect((await createFetchHandler(() => backend.runtime)(event)).batchItemFailures).toEqual([]);
      };
      for (const [n, { message }] of planFetchMessages(site.sources, backend.runtime.now().toISOString()).entries()) await deliver(message, `m${n}`);
      let followUps = 0;
      for (let wave = backend.queue.take('fetch'); wave.length > 0; wave = backend.queue.take('fetch')) {
        for (const message of wave) await deliver(message, `f${followUps++}`);
      }
      return { requests: site.requests - before, followUps };
    };
  });
  afterAll(async () => {
    await site.close();
    await backend.close();
  });

  it('fetches everything new once, then asks each unchanged source one question an hour', async () => {
    if (site.hosts.length < 4) return; // a system without 127.0.0.2-4 on loopback: the packing is tested in unit tests
    const first = await run();
    // robots.txt once per host, each index and each issue once.
    expect(first.requests).toBe(4 + 12 + 12);
    expect(backend.queue.depth('extract')).toBe(12);

    backend.setNow(new Date(backend.runtime.now().getTime() + HOUR));
    const hour = await run();
    expect(hour.requests).toBe(12);
    const health = await adapters(backend.runtime).sources.getHealth(site.sources[0]!.id);
    expect(health.recentIssues).toEqual([expect.objectContaining({ state: 'handed-over' })]);
  });

  it('re-checks a known issue once the next day (and reads the stored record, not the history)', async () => {
    if (site.hosts.length < 4) return;
    const a = adapters(backend.runtime);
    for (const record of await a.issues.listByStatus('fetched')) await a.issues.update({ ...record, status: 'processed' });
    backend.setNow(new Date(backend.runtime.now().getTime() + 2 * HOUR));
    // Handed over more than an hour ago: the record is read (now processed) and the entry settles; no extra request.
    expect((await run()).requests).toBe(12);
    backend.setNow(new Date(Date.parse('2026-11-02T02:00:00Z') + DAY + HOUR));
    // A day after first seen: robots.txt again (24 h), each index, and each issue's conditional re-check — made
    // by the messages' follow-ups, not after a politeness wait behind the index (one per message: 4 sources on
    // 4 hosts each).
    const day = await run();
    expect(day.requests).toBe(4 + 12 + 12);
    expect(day.followUps).toBe(3);
    backend.setNow(new Date(backend.runtime.now().getTime() + HOUR));
    expect((await run()).requests).toBe(12);
    const health = await a.sources.getHealth(site.sources[3]!.id);
    expect(health.recentIssues?.map((e) => e.state)).toEqual(['settled']);
  });
});
