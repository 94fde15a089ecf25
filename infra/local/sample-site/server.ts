import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Source } from '../../../shared/model/source.ts';
import { defaultSiteDir, loadCatalogue } from './catalogue.ts';
import { openOn } from './discovery-plan.ts';
import { familyRoute } from './families/index.ts';
import { etagOf, isNotModified } from './http-cache.ts';
import { createRoutes, type Representation } from './routes.ts';
import { SiteState } from './site-state.ts';
import { sourcesOf } from './sources.ts';

export interface SampleSite {
  /** http://127.0.0.1:<port>, no trailing slash. */
  baseUrl: string;
  /** The five sources, discovery pointing at this site: index pages, one RSS feed, one dated URL. */
  sources: Source[];
  /** Lists the next issue of lishi-gazette (2023年第3期) on its index page; later calls change nothing. */
  publishNext(): void;
  /** Every issue URL the index pages list right now. */
  published(): { sourceId: string; url: string }[];
  /** Takes the file at a URL path down (404), or serves other bytes there (an edit in place). */
  takeDown(path: string): void;
  replace(path: string, body: Buffer): void;
  close(): Promise<void>;
}

export interface SampleSiteOptions {
  /** 0 (default): a free port chosen at run time. */
  port?: number;
  /** Directory holding manifest.json and the files (default test/fixtures/site). */
  siteDir?: string;
  /** The clock of whoever fetches from the site: a dated source publishes its page on this day (default now). */
  now?: () => Date;
}

function send(req: IncomingMessage, res: ServerResponse, rep: Representation): void {
  const etag = etagOf(rep.body);
  const headers = {
    ETag: etag,
    'Last-Modified': rep.lastModified.toUTCString(),
    'Cache-Control': 'no-cache',
  };
  if (rep.status === 200 && isNotModified(req.headers, etag, rep.lastModified)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(rep.status, { ...headers, 'Content-Type': rep.contentType, 'Content-Length': rep.body.length });
  res.end(req.method === 'HEAD' ? undefined : rep.body);
}

/** Starts the loopback sample gazette site (DESIGN §3) serving the committed fixtures. */
export async function startSampleSite(options: SampleSiteOptions = {}): Promise<SampleSite> {
  const catalogue = openOn(await loadCatalogue(options.siteDir ?? defaultSiteDir), (options.now ?? (() => new Date()))());
  const state = new SiteState(catalogue.manifest);
  let baseUrl = '';
  const route = createRoutes(catalogue, state, () => baseUrl);

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const body = Buffer.from('405 Method Not Allowed\n');
      res
        .writeHead(405, { Allow: 'GET, HEAD', ETag: etagOf(body), 'Last-Modified': new Date(0).toUTCString(), 'Content-Type': 'text/plain; charset=utf-8' })
        .end(body);
      return;
    }
    const path = new URL(req.url ?? '/', 'http://sample-site.invalid').pathname;
    send(req, res, familyRoute(new URL(req.url ?? '/', baseUrl), baseUrl) ?? route(path));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    sources: sourcesOf(catalogue.manifest, baseUrl),
    publishNext: () => {
      state.publishNext();
    },
    takeDown: (path) => state.takeDown(path),
    replace: (path, body) => state.replace(path, body),
    published: () => state.published().map(({ sourceId, path }) => ({ sourceId, url: `${baseUrl}${path}` })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
