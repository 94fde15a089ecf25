import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFetchHandler } from '../../functions/fetch.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import { scanAll } from '../../shared/store/dynamo/query-all.ts';
import { startLocalBackend } from '../../infra/local/backend.ts';
import { startEmulatorsInChild, type ChildEmulators } from '../../infra/local/emulators-process.ts';
import { dynamoRequestCounter } from '../../infra/local/request-counter.ts';
import { startSimulatedSourcesInChild } from '../../infra/local/sample-site/simulated-sources-process.ts';
import { HostPacer } from '../../shared/ingest/host-pacer.ts';
import { RobotsCache } from '../../shared/ingest/robots-cache.ts';
import type { Source } from '../../shared/model/source.ts';
import { fetchSource, type FetchDeps, type FetchOutcome } from '../../shared/stages/fetch-source.ts';
import { deliverPlanned } from '../cost/deliver-planned.ts';
import type { BenchResult, BenchSuite } from '../result.ts';

const SOURCES = 200;
/** Loopback addresses the simulated sources are spread over (127.0.0.1 … 127.0.0.N all reach this host on Linux). */
const HOSTS = 20;
/** Sources fetched at once (a stand-in for the fetch function's reserved concurrency). */
const WORKERS = 10;
/** Politeness interval for loopback: low, but not zero, so the host pacer is part of what is measured. */
const MIN_INTERVAL_MS = 5;
const ISSUE_BYTES = 200 * 1024;
const issuesOf = (n: number): number => 2 + (n % 2); // 2 or 3 issues per source → 500 in all
const MB = 2 ** 20;

/** The scale run: 3,000 sources on 250 hosts, one 20 KiB issue each, through the real handler and plan's messages. */
const SCALE_SOURCES = 3000;
const SCALE_HOSTS = 250;
const SCALE_ISSUE_BYTES = 20 * 1024;
/** The shipped politeness interval of the national registry, for the measured unchanged run. */
const SHIPPED_MIN_INTERVAL_MS = 5000;
/** A stand-in for the round trip to a real government site (an assumption: loopback answers in microseconds). */
export const SIMULATED_RTT_MS = 300;

/** Runs every source through fetchSource with WORKERS at a time, sharing one host pacer and robots cache. */
async function fetchAll(sources: Source[], deps: FetchDeps): Promise<{ ms: number; outcomes: FetchOutcome[] }> {
  const shared = { ...deps, pacer: new HostPacer(), robots: new RobotsCache() };
  const queue = [...sources];
  const outcomes: FetchOutcome[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) outcomes.push(await fetchSource(s, shared));
    }),
  );
  return { ms: performance.now() - t0, outcomes };
}

/**
 * Fetch throughput against 200 simulated sources on loopback (2–3 issue PDFs of 200 KiB each, 500 issues),
 * into the in-process local backend (dynalite + s3rver): a first run where everything is new, then a run
 * where nothing is (index 304s). Then 3,000 sources through plan's messages and the real fetch handler: the
 * peak RSS of the process, and per unchanged source the requests to the site and the billed milliseconds
 * with the shipped 5 s politeness and a simulated round trip. The fixture runs in child processes — the
 * emulators (dynalite keeps every table in memory) and the simulated site, which generates every file on
 * request — so the peak RSS is the product's (the fetch code, its SDK clients, the handler): the
 * emulators' and the site's peaks are reported beside it, without a budget.
 */
export const suite: BenchSuite = {
  title: '抓取吞吐 fetch throughput (200 and 3,000 simulated sources)',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'gw-bench-fetch-'));
    const backend = await startLocalBackend({ dir, emulators: startEmulatorsInChild });
    const site = await startSimulatedSourcesInChild({ sources: SOURCES, hosts: HOSTS, issuesPerSource: Array.from({ length: SOURCES }, (_, n) => issuesOf(n)), issueBytes: ISSUE_BYTES, minIntervalMs: MIN_INTERVAL_MS });
    let peakRss = process.memoryUsage().rss;
    let closed = false;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
    try {
      const sources = site.sources;
      const deps: FetchDeps = { ...adapters(backend.runtime), queue: backend.queue, userAgent: 'gazette-watch/bench', allowPrivate: true, now: backend.runtime.now };
      const first = await fetchAll(sources, deps);
      const issues = first.outcomes.reduce((n, o) => n + o.newIssues, 0);
      const failed = first.outcomes.filter((o) => o.status === 'failed' || o.failedIssues > 0);
      if (issues !== sources.reduce((n, _, i) => n + issuesOf(i), 0) || failed.length > 0) {
        throw new Error(`fetch bench: expected every issue fetched, got ${issues} new and ${failed.length} failing sources (${failed[0]?.reason ?? failed[0]?.failures[0]?.reason})`);
      }
      const second = await fetchAll(sources, deps);
      if (second.outcomes.some((o) => o.newIssues + o.revisedIssues > 0)) throw new Error('fetch bench: the second run found something new');
      process.stderr.write(`  ${site.hosts.length} 个主机 hosts, ${WORKERS} workers, ${issues} issues, first run ${(first.ms / 1000).toFixed(1)} s\n`);
      const peak200 = peakRss;
      await site.close();
      await backend.close();
      closed = true;

      const scale = await scaleRun(dir, (rss) => (peakRss = Math.max(peakRss, rss)));
      // Budgets: measured on the development container (see bench/results.json → machine), with about 2× headroom
      // for slower machines; the time goes to the emulators (s3rver's disk, dynalite), not to HTTP. In production
      // the bound is politeness, not this number. Issue 18 budgets: an unchanged source ≤ 1 request and ≤ 1.5 s
      // billed; 3,000 sources in ≤ 500 MB.
      return [
        { name: 'fetch.first.issues_per_second', value: issues / (first.ms / 1000), unit: 'issues/s', budget: 18, better: 'higher' },
        { name: 'fetch.first.total', value: first.ms, unit: 'ms', budget: null, better: 'lower' },
        { name: 'fetch.unchanged.sources_per_second', value: SOURCES / (second.ms / 1000), unit: 'src/s', budget: 30, better: 'higher' },
        { name: 'fetch.peak_rss', value: peak200 / MB, unit: 'MB', budget: 700, better: 'lower' },
        { name: 'fetch.sources_3000.peak_rss', value: scale.peakRss / MB, unit: 'MB', budget: 500, better: 'lower' },
        { name: 'fetch.sources_3000.emulators_peak_rss', value: scale.emulatorsPeak / MB, unit: 'MB', budget: null, better: 'lower' },
        { name: 'fetch.sources_3000.site_peak_rss', value: scale.sitePeak / MB, unit: 'MB', budget: null, better: 'lower' },
        { name: 'fetch.unchanged.requests_per_source', value: scale.requestsPerSource, unit: 'req/src', budget: 1, better: 'lower' },
        { name: 'fetch.unchanged.billed_ms_per_source', value: scale.billedMsPerSource, unit: 'ms/src', budget: 1500, better: 'lower' },
        { name: 'fetch.unchanged.dynamodb_requests_per_source', value: scale.dynamoPerSource, unit: 'req/src', budget: null, better: 'lower' },
      ];
    } finally {
      clearInterval(sampler);
      if (!closed) await backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * 3,000 sources on a backend of their own: a first run stores their issues (politeness 50 ms, no latency:
 * setup), then the definitions get the shipped 5 s interval and the site a round trip, and an unchanged hour
 * is measured.
 */
async function scaleRun(
  parent: string,
  onRss: (rss: number) => void,
): Promise<{ peakRss: number; emulatorsPeak: number; sitePeak: number; requestsPerSource: number; billedMsPerSource: number; dynamoPerSource: number }> {
  let emulators: ChildEmulators | undefined;
  const backend = await startLocalBackend({ dir: join(parent, 'scale'), emulators: async (o) => (emulators = await startEmulatorsInChild(o)) });
  const site = await startSimulatedSourcesInChild({ sources: SCALE_SOURCES, hosts: SCALE_HOSTS, issuesPerSource: new Array<number>(SCALE_SOURCES).fill(1), issueBytes: SCALE_ISSUE_BYTES, minIntervalMs: 50 });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
    onRss(peak);
  }, 25);
  try {
    const a = adapters(backend.runtime);
    for (const s of site.sources) await a.sources.put(s);
    const handler = () => createFetchHandler(() => backend.runtime);
    const setup = await deliverPlanned(backend, site.sources, handler);
    // Counted from the table itself, not its status index: dynalite names an index entry's item by 24 bits of
    // an MD5 of its table key, so among 3,000 issues with one status and one fetchedAt (the still clock) two
    // collide in about one run in four and the index holds 2,999 (see the closing note of issue 20).
    const records = await scanAll(backend.runtime.db, { TableName: backend.runtime.config.tables.issues });
    const have = new Set(records.filter((i) => i.status === 'fetched').map((i) => String(i.sourceId)));
    if (setup.failed > 0 || have.size !== SCALE_SOURCES) {
      // Which sources have no fetched issue: their health (a failed index, a deferred link…) and what the table holds for them.
      const missing = site.sources.filter((s) => !have.has(s.id)).slice(0, 5);
      const why = await Promise.all(missing.map(async (s) => {
        const h = await a.sources.getHealth(s.id);
        const held = records.filter((i) => i.sourceId === s.id).map((i) => `${String(i.issueId)} ${String(i.status)}`);
        return `${s.id}: checked ${h.lastCheckedAt ?? 'never'}, failures ${h.consecutiveFailures}, error ${h.lastError ?? 'none'}, slow links ${JSON.stringify(h.slowLinks ?? [])}, recent ${JSON.stringify(h.recentIssues ?? [])}; in the table: ${held.join(', ') || 'nothing'}`;
      }));
      throw new Error(`fetch bench (3,000): ${setup.failed} failed messages, ${have.size} sources with a fetched issue\n  ${why.join('\n  ')}`);
    }
    const shipped = site.sources.map((s) => ({ ...s, politeness: { ...s.politeness, minIntervalMs: SHIPPED_MIN_INTERVAL_MS } }));
    for (const s of shipped) await a.sources.put(s);
    backend.setNow(new Date(backend.runtime.now().getTime() + 3600 * 1000));
    await site.setLatency(SIMULATED_RTT_MS);
    const requestsBefore = await site.requests();
    const dynamo = dynamoRequestCounter(backend.runtime.db);
    const dynamoBefore = dynamo.count;
    const hour = await deliverPlanned(backend, shipped, handler);
    if (hour.failed > 0) throw new Error(`fetch bench (3,000): ${hour.failed} failed messages in the unchanged hour`);
    process.stderr.write(`  3,000 个信息源 sources on ${site.hosts.length} hosts: ${hour.invocations} invocations, ${(hour.billedMs / 1000).toFixed(1)} s billed in the unchanged hour\n`);
    const requestsAfter = await site.requests();
    return {
      peakRss: peak,
      emulatorsPeak: (await emulators?.memory())?.peak ?? 0,
      sitePeak: (await site.memory()).peak,
      requestsPerSource: (requestsAfter - requestsBefore) / SCALE_SOURCES,
      billedMsPerSource: hour.billedMs / SCALE_SOURCES,
      dynamoPerSource: (dynamo.count - dynamoBefore) / SCALE_SOURCES,
    };
  } finally {
    clearInterval(sampler);
    await site.close();
    await backend.close();
  }
}
