/**
 * Many simulated government columns for the benches (issue 18): /s{n}/index.html lists /s{n}/2024/gb-{i}.pdf,
 * spread over several loopback hosts (127.0.0.1 … 127.0.0.N all reach this machine on Linux), with ETag/304
 * like the sample site. Nothing but a request counter per path is held: an index page or a PDF is generated on each request from
 * (source, issue), and its ETag from the same pair, so 3,000 sources cost the server a few counters — the
 * bench measures the product, not its fixture. An optional latency stands in for the round trip to a real site.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';

export interface SimulatedSourcesOptions {
  sources: number;
  /** Loopback addresses to spread the sources over (fewer when the system lacks them). */
  hosts: number;
  /** Issues source n lists at first. */
  issuesOf: (n: number) => number;
  issueBytes: number;
  /** Added before every answer (ms): the round trip to a real site. */
  latencyMs?: number;
  minIntervalMs: number;
}

export interface SimulatedSources {
  hosts: string[];
  /** The definitions, discovery pointing at the hosts (source n on host n mod hosts). */
  sources: Source[];
  /** Requests answered so far (all paths, robots.txt included). */
  readonly requests: number;
  /** Bytes of the answers sent so far (bodies only). */
  readonly bytesSent: number;
  /** Requests answered so far for one path (e.g. `/s0/2024/gb-1.pdf`): one counter per path the site has. */
  requestsFor(path: string): number;
  /** Source n lists one more issue from now on. */
  publish(n: number): void;
  /** Changes the simulated round trip (ms) from now on. */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

const INDEX = /^\/s(\d+)\/index\.html$/;
const ISSUE = /^\/s(\d+)\/2024\/gb-(\d+)\.pdf$/;

/** The PDF of (source, issue): header, filler, end-of-file marker; the same bytes on every request. */
function pdfFor(source: number, issue: number, size: number): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% source ${source} issue ${issue}\n`);
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20), tail]);
}

function indexFor(source: number, issues: number): Buffer {
  const links = Array.from({ length: issues }, (_, k) => `<li><a href="./2024/gb-${k + 1}.pdf">某县人民政府公报2024年第${k + 1}期</a></li>`);
  const nav = '<a href="/">首页</a><a href="./zwgk/">政务公开</a>';
  return Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府公报</title></head><body>${nav}<ul>${links.join('')}</ul></body></html>`);
}

const etagOf = (...parts: (string | number)[]): string => `"${createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 24)}"`;

export async function startSimulatedSources(options: SimulatedSourcesOptions): Promise<SimulatedSources> {
  const extra = new Map<number, number>();
  const issuesNow = (n: number): number => options.issuesOf(n) + (extra.get(n) ?? 0);
  let requests = 0;
  let bytesSent = 0;
  const byPath = new Map<string, number>();
  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    requests++;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let etag: string | null = null;
    let body: () => Buffer = () => Buffer.alloc(0);
    let type = 'text/html; charset=utf-8';
    const index = INDEX.exec(path);
    const issue = ISSUE.exec(path);
    if (path === '/robots.txt') {
      etag = etagOf('robots');
      body = () => Buffer.from('User-agent: *\nAllow: /\n');
      type = 'text/plain';
    } else if (index) {
      const n = Number(index[1]);
      if (n < options.sources) {
        etag = etagOf('index', n, issuesNow(n));
        body = () => indexFor(n, issuesNow(n));
      }
    } else if (issue) {
      const n = Number(issue[1]);
      const i = Number(issue[2]);
      if (n < options.sources && i >= 1 && i <= issuesNow(n)) {
        etag = etagOf('pdf', n, i, options.issueBytes);
        body = () => pdfFor(n, i, options.issueBytes);
        type = 'application/pdf';
      }
    }
    if (!etag) return void res.writeHead(404).end('not found');
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    const bytes = body();
    bytesSent += bytes.length;
    res.writeHead(200, { etag, 'content-type': type, 'content-length': bytes.length }).end(bytes);
  };
  let latencyMs = options.latencyMs ?? 0;
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (latencyMs <= 0) return answer(req, res);
    setTimeout(() => answer(req, res), latencyMs);
  };

  const first = createServer(handler);
  await new Promise<void>((r) => first.listen(0, '127.0.0.1', () => r()));
  const { port } = first.address() as AddressInfo;
  const servers: Server[] = [first];
  const hosts = [`127.0.0.1:${port}`];
  for (let h = 2; h <= options.hosts; h++) {
    const server = createServer(handler);
    const ok = await new Promise<boolean>((r) => {
      server.once('error', () => r(false));
      server.listen(port, `127.0.0.${h}`, () => r(true));
    });
    if (!ok) break; // a system without the whole 127/8 on loopback: fewer hosts, same sources
    servers.push(server);
    hosts.push(`127.0.0.${h}:${port}`);
  }
  const sources = Array.from({ length: options.sources }, (_, n) =>
    sourceSchema.parse({
      id: `sim-${String(n).padStart(5, '0')}`,
      name: `模拟信息源 ${n}`,
      jurisdiction: { province: '山西省', divisionCode: '140000' },
      kind: 'gazette',
      discovery: { method: 'html-index', indexUrl: `http://${hosts[n % hosts.length]}/s${n}/index.html`, linkPattern: '/gb-\\d+\\.pdf$' },
      politeness: { minIntervalMs: options.minIntervalMs, maxBytes: 50 * 1024 * 1024, timeoutMs: 10_000 },
    }),
  );
  return {
    hosts,
    sources,
    get requests() {
      return requests;
    },
    get bytesSent() {
      return bytesSent;
    },
    requestsFor: (path) => byPath.get(path) ?? 0,
    publish: (n) => void extra.set(n, (extra.get(n) ?? 0) + 1),
    setLatency: (ms) => void (latencyMs = ms),
    close: async () => {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}
