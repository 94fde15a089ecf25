import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapters } from '../../functions/runtime/runtime.ts';
import { startLocalBackend } from '../../infra/local/backend.ts';
import { HostPacer } from '../../shared/ingest/host-pacer.ts';
import { RobotsCache } from '../../shared/ingest/robots-cache.ts';
import { sourceSchema, type Source } from '../../shared/model/source.ts';
import { fetchSource, type FetchDeps, type FetchOutcome } from '../../shared/stages/fetch-source.ts';
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

/** A synthetic issue PDF of ISSUE_BYTES: header, filler, end-of-file marker. */
function pdfFor(source: number, issue: number): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% source ${source} issue ${issue}\n`);
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(ISSUE_BYTES - head.length - tail.length, 0x20), tail]);
}

/** 200 government columns: /s{n}/index.html lists /s{n}/{yyyy}/gb-{i}.pdf; ETag and 304 like the sample site. */
function simulatedSite(): (req: IncomingMessage, res: ServerResponse) => void {
  const bodies = new Map<string, Buffer>();
  for (let n = 0; n < SOURCES; n++) {
    const links: string[] = [];
    for (let i = 1; i <= issuesOf(n); i++) {
      const path = `/s${n}/2024/gb-${i}.pdf`;
      bodies.set(path, pdfFor(n, i));
      links.push(`<li><a href="./2024/gb-${i}.pdf">某县人民政府公报2024年第${i}期</a></li>`);
    }
    const nav = '<a href="/">首页</a><a href="./zwgk/">政务公开</a>';
    bodies.set(`/s${n}/index.html`, Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府公报</title></head><body>${nav}<ul>${links.join('')}</ul></body></html>`));
  }
  bodies.set('/robots.txt', Buffer.from('User-agent: *\nAllow: /\n'));
  const etags = new Map([...bodies].map(([p, b]) => [p, `"${createHash('sha256').update(b).digest('hex').slice(0, 24)}"`]));
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = bodies.get(path);
    const etag = etags.get(path);
    if (!body || !etag) return void res.writeHead(404).end('not found');
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { etag, 'content-type': path.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  };
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ hosts: string[]; close: () => Promise<void> }> {
  const first = createServer(handler);
  await new Promise<void>((r) => first.listen(0, '127.0.0.1', () => r()));
  const { port } = first.address() as AddressInfo;
  const servers: Server[] = [first];
  const hosts = [`127.0.0.1:${port}`];
  for (let h = 2; h <= HOSTS; h++) {
    const server = createServer(handler);
    const ok = await new Promise<boolean>((r) => {
      server.once('error', () => r(false));
      server.listen(port, `127.0.0.${h}`, () => r(true));
    });
    if (!ok) break; // a system without the whole 127/8 on loopback: fewer hosts, same sources
    servers.push(server);
    hosts.push(`127.0.0.${h}:${port}`);
  }
  const close = async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  };
  return { hosts, close };
}

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
 * where nothing is (index 304s and conditional re-checks of known issues).
 */
export const suite: BenchSuite = {
  title: '抓取吞吐 fetch throughput (200 simulated sources)',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'gw-bench-fetch-'));
    const backend = await startLocalBackend({ dir });
    const site = await listen(simulatedSite());
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
    try {
      const sources = Array.from({ length: SOURCES }, (_, n) =>
        sourceSchema.parse({
          id: `bench-${n}`,
          name: `模拟信息源 ${n}`,
          jurisdiction: { province: '山西省', divisionCode: '140000' },
          kind: 'gazette',
          discovery: { method: 'html-index', indexUrl: `http://${site.hosts[n % site.hosts.length]}/s${n}/index.html`, linkPattern: '/gb-\\d+\\.pdf$' },
          politeness: { minIntervalMs: MIN_INTERVAL_MS, maxBytes: 50 * 1024 * 1024, timeoutMs: 10_000 },
        }),
      );
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
      // Budgets: measured on the development container (see bench/results.json → machine): ≈ 36 issues/s on the
      // first run, ≈ 60 sources/s when nothing changed, ≈ 360 MB peak RSS. The RSS is the whole process (dynalite,
      // s3rver and 100 MB of PDFs passing through), not the fetch stage alone. The time goes to the emulators
      // (500 S3 puts of 200 KiB to s3rver's disk, ~4 dynalite calls per issue), not to HTTP. Budgets leave about
      // 2× headroom for slower CI machines; missing them means something got serialised or buffered that should
      // not be. In production the bound is politeness (2 s between requests to a host), not this number.
      return [
        { name: 'fetch.first.issues_per_second', value: issues / (first.ms / 1000), unit: 'issues/s', budget: 18, better: 'higher' },
        { name: 'fetch.first.total', value: first.ms, unit: 'ms', budget: null, better: 'lower' },
        { name: 'fetch.unchanged.sources_per_second', value: SOURCES / (second.ms / 1000), unit: 'src/s', budget: 30, better: 'higher' },
        { name: 'fetch.peak_rss', value: peakRss / 2 ** 20, unit: 'MB', budget: 700, better: 'lower' },
      ];
    } finally {
      clearInterval(sampler);
      await site.close();
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
