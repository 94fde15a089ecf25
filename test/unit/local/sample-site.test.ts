import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSiteDir, loadCatalogue, type SiteManifest } from '../../../infra/local/sample-site/catalogue.ts';
import { startSampleSite, type SampleSite } from '../../../infra/local/sample-site/server.ts';
import { encodeGbk, htmlCharRef } from '../../../scripts/sample-site/gbk.ts';
import { datedCandidates } from '../../../shared/ingest/discovery/dated-url.ts';
import { discoverFromFeed } from '../../../shared/ingest/discovery/feed.ts';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';

interface Expected {
  sourceId: string;
  issue: { title: string; path: string };
  new: { title: string; docNumber: string };
  revised: { title: string; docNumber: string; changes: { before: string | null; after: string }[] };
}

const hrefsOf = (html: string): string[] => [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** Issue links on a source's index page (every source keeps one), by the manifest's link pattern. */
async function issueLinks(source: Source, site: SampleSite, manifest: SiteManifest): Promise<{ issues: string[]; noise: string[] }> {
  const indexUrl = `${site.baseUrl}/${source.id}/index.html`;
  const html = await (await fetch(indexUrl)).text();
  const pattern = new RegExp(manifest.sources.find((s) => s.id === source.id)!.linkPattern);
  const hrefs = hrefsOf(html);
  return {
    issues: hrefs.filter((h) => pattern.test(h)).map((h) => new URL(h, indexUrl).href),
    noise: hrefs.filter((h) => !pattern.test(h)),
  };
}

const pdfText = async (bytes: Buffer): Promise<string> =>
  (await extractText(new Uint8Array(bytes), { mergePages: true })).text.replace(/\s+/g, '');

describe('sample gazette site', () => {
  let site: SampleSite;
  let manifest: SiteManifest;
  let expected: Expected;

  beforeAll(async () => {
    manifest = (await loadCatalogue()).manifest;
    expected = JSON.parse(await readFile(join(defaultSiteDir, 'next', 'expected.json'), 'utf8')) as Expected;
    site = await startSampleSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('listens on a loopback port chosen at run time and describes five valid sources', () => {
    expect(site.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(site.baseUrl).not.toMatch(/:0$/);
    expect(site.sources.map((s) => s.id)).toEqual(['lishi-gazette', 'jiangxian-gazette', 'shanyin-docs', 'shanxi-daily', 'taiyuan-daily']);
    for (const source of site.sources) expect(sourceSchema.parse(source)).toEqual(source);
    expect(Object.fromEntries(site.sources.map((s) => [s.id, s.discovery.method]))).toEqual({
      'lishi-gazette': 'html-index',
      'jiangxian-gazette': 'html-index',
      'shanyin-docs': 'feed',
      'shanxi-daily': 'html-index',
      'taiyuan-daily': 'dated-url',
    });
    for (const source of site.sources.filter((s) => s.discovery.method === 'html-index')) {
      expect(source.discovery).toMatchObject({ indexUrl: `${site.baseUrl}/${source.id}/index.html` });
    }
    const byId = Object.fromEntries(site.sources.map((s) => [s.id, s]));
    expect(byId['shanyin-docs']).toMatchObject({ kind: 'document-list', jurisdiction: { county: '山阴县', divisionCode: '140621' } });
    expect(byId['lishi-gazette']).toMatchObject({ kind: 'gazette', jurisdiction: { city: '吕梁市', county: '离石区', divisionCode: '141102' } });
    expect(byId['shanxi-daily']).toMatchObject({ kind: 'newspaper', jurisdiction: { province: '山西省', divisionCode: '140000' } });
  });

  it('index pages list exactly the published issues, among navigation links that do not match', async () => {
    const counts: Record<string, number> = {};
    const all: string[] = [];
    for (const source of site.sources) {
      const { issues, noise } = await issueLinks(source, site, manifest);
      counts[source.id] = issues.length;
      all.push(...issues);
      expect(noise.length).toBeGreaterThanOrEqual(5);
    }
    // lishi and jiangxian also publish a scanned issue / a PDF with an image-only attachment (issue 20).
    expect(counts).toEqual({ 'lishi-gazette': 2, 'jiangxian-gazette': 2, 'shanyin-docs': 15, 'shanxi-daily': 1, 'taiyuan-daily': 1 });
    expect(all.sort()).toEqual(site.published().map((p) => p.url).sort());
  });

  it('serves issues as PDF files and document pages as HTML with the declared charset', async () => {
    const seen = { pdf: 0, html: 0, gbk: 0 };
    for (const { url } of site.published()) {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
      expect(Date.parse(res.headers.get('last-modified') ?? '')).not.toBeNaN();
      if (url.endsWith('.pdf')) {
        seen.pdf += 1;
        expect(type).toBe('application/pdf');
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
      } else {
        seen.html += 1;
        const charset = /charset=([\w-]+)/.exec(type)?.[1]?.toLowerCase();
        expect(type.startsWith('text/html')).toBe(true);
        expect(['utf-8', 'gbk']).toContain(charset);
        const text = new TextDecoder(charset === 'gbk' ? 'gb18030' : 'utf-8').decode(bytes);
        expect(text).toContain(`<meta charset="${charset}">`);
        for (const label of ['索 引 号', '发文机关', '发文字号', '成文日期', '发布日期']) expect(text).toContain(label);
        if (charset === 'gbk') seen.gbk += 1;
      }
    }
    expect(seen).toEqual({ pdf: 6, html: 15, gbk: 2 });
  });

  it('GBK pages decode with gb18030 to their Chinese title, and are not UTF-8', async () => {
    const gbkEntries = manifest.sources.flatMap((s) => s.entries).filter((e) => e.charset === 'gbk');
    expect(gbkEntries.map((e) => e.docNumber).sort()).toEqual(['山政办发〔2023〕14号', '山政发〔2023〕13号']);
    for (const entry of gbkEntries) {
      const res = await fetch(`${site.baseUrl}${entry.path}`);
      expect(res.headers.get('content-type')).toBe('text/html; charset=GBK');
      const bytes = new Uint8Array(await res.arrayBuffer());
      const text = new TextDecoder('gb18030').decode(bytes);
      expect(text).toContain(`<h1 class="title">${entry.title}</h1>`);
      expect(text).toContain(`<td>${entry.docNumber}</td>`);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    }
  });

  it('the republished copy carries the same text as the first one, in another encoding', async () => {
    const copies = manifest.sources.flatMap((s) => s.entries).filter((e) => e.docNumber === '山政办发〔2023〕14号');
    expect(copies.map((e) => e.charset).sort()).toEqual(['gbk', 'utf-8']);
    const bodies = await Promise.all(
      copies.map(async (e) => {
        const bytes = new Uint8Array(await (await fetch(`${site.baseUrl}${e.path}`)).arrayBuffer());
        const text = new TextDecoder(e.charset === 'gbk' ? 'gb18030' : 'utf-8').decode(bytes);
        return /<div class="content" id="zoom">([\s\S]*?)<\/div>/.exec(text)?.[1];
      }),
    );
    expect(bodies[0]).toBeTruthy();
    expect(bodies[0]!.length).toBeGreaterThan(3000);
    expect(bodies[1]).toBe(bodies[0]);
  });

  it('answers conditional GETs with 304 and changed validators with 200', async () => {
    for (const url of [`${site.baseUrl}/shanyin-docs/index.html`, site.published()[0]!.url]) {
      const first = await fetch(url);
      await first.arrayBuffer();
      const etag = first.headers.get('etag')!;
      const lastModified = first.headers.get('last-modified')!;
      const byTag = await fetch(url, { headers: { 'If-None-Match': etag } });
      expect(byTag.status).toBe(304);
      expect(await byTag.text()).toBe('');
      expect(byTag.headers.get('etag')).toBe(etag);
      const byDate = await fetch(url, { headers: { 'If-Modified-Since': lastModified } });
      expect(byDate.status).toBe(304);
      await byDate.arrayBuffer();
      const stale = await fetch(url, { headers: { 'If-None-Match': '"0000"' } });
      expect(stale.status).toBe(200);
      await stale.arrayBuffer();
      const older = new Date(Date.parse(lastModified) - 86_400_000).toUTCString();
      const byOlderDate = await fetch(url, { headers: { 'If-Modified-Since': older } });
      expect(byOlderDate.status).toBe(200);
      await byOlderDate.arrayBuffer();
    }
  });

  it('serves robots.txt allowing everything, 404 for unknown paths and 405 for other methods', async () => {
    const robots = await fetch(`${site.baseUrl}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/User-agent: \*\s+Allow: \//);
    for (const path of ['/nope', '/lishi-gazette/index_1.html', '/lishi-gazette/files/gbzdsm.pdf', expected.issue.path]) {
      const res = await fetch(`${site.baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('etag')).toBeTruthy();
      await res.arrayBuffer();
    }
    const post = await fetch(`${site.baseUrl}/robots.txt`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    await post.arrayBuffer();
  });

  it('publishNext() lists exactly one new issue on the lishi-gazette index, once', async () => {
    const lishi = site.sources.find((s) => s.id === 'lishi-gazette')!;
    const indexUrl = lishi.discovery.method === 'html-index' ? lishi.discovery.indexUrl : '';
    const links = (s: Source) => issueLinks(s, site, manifest);
    const before = await links(lishi);
    const otherBefore = await Promise.all(site.sources.filter((s) => s !== lishi).map(links));
    const etagBefore = (await fetch(indexUrl)).headers.get('etag');

    site.publishNext();
    const after = await links(lishi);
    const added = after.issues.filter((u) => !before.issues.includes(u));
    expect(added).toEqual([`${site.baseUrl}${expected.issue.path}`]);
    expect(after.issues).toHaveLength(before.issues.length + 1);
    expect(after.issues[0]).toBe(added[0]);
    const indexAfter = await fetch(indexUrl, { headers: { 'If-None-Match': etagBefore! } });
    expect(indexAfter.status).toBe(200);
    expect(await indexAfter.text()).toContain(expected.issue.title);
    expect(await Promise.all(site.sources.filter((s) => s !== lishi).map(links))).toEqual(otherBefore);

    const res = await fetch(added[0]!);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(site.published().filter((p) => p.sourceId === 'lishi-gazette')).toHaveLength(3);

    const etagOnce = (await fetch(indexUrl)).headers.get('etag');
    site.publishNext();
    expect((await links(lishi)).issues).toEqual(after.issues);
    expect((await fetch(indexUrl)).headers.get('etag')).toBe(etagOnce);
    expect(site.published().filter((p) => p.sourceId === 'lishi-gazette')).toHaveLength(3);
  });

  it('the next issue holds the new and the revised document that expected.json names', async () => {
    const entry = manifest.next.entry;
    const text = await pdfText(await readFile(join(defaultSiteDir, entry.file)));
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    for (const doc of [expected.new, expected.revised]) {
      expect(text).toContain(squeeze(doc.docNumber));
      // The title is printed as issuer + subject ("吕梁市离石区人民政府 关于…").
      expect(text).toContain(squeeze(doc.title.replace(/^吕梁市离石区人民政府/, '')));
    }
    for (const change of expected.revised.changes) {
      expect(text).toContain(squeeze(change.after));
      if (change.before) expect(text).not.toContain(squeeze(change.before));
    }
    // Only the two documents: one 文号 line each.
    expect(text.match(/离政(?:发|函)〔2023〕\d+号/g)?.length).toBe(4); // twice in the 目录, once above each body
    const previous = await pdfText(await readFile(join(defaultSiteDir, manifest.sources[0]!.entries[0]!.file)));
    expect(previous).toContain(squeeze(expected.revised.changes[0]!.before!));
    expect(previous).not.toContain(squeeze(expected.new.docNumber));
  });

  it('serves an RSS feed and a dated newspaper page that the product\'s discovery finds', async () => {
    const shanyin = site.sources.find((s) => s.id === 'shanyin-docs')!;
    const taiyuan = site.sources.find((s) => s.id === 'taiyuan-daily')!;
    if (shanyin.discovery.method !== 'feed' || taiyuan.discovery.method !== 'dated-url') throw new Error('unexpected discovery');
    const get = async (url: string, headers?: Record<string, string>) => {
      const res = await fetch(url, { headers });
      return { status: res.status, url, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const ctx = { get, previous: { etag: null, lastModified: null }, now: new Date() };
    const feed = await discoverFromFeed(shanyin.discovery, ctx);
    if (feed.status !== 'found') throw new Error('feed not found');
    const published = site.published().map((p) => p.url);
    expect(feed.issues.map((i) => i.url).sort()).toEqual(published.filter((u) => u.includes('/shanyin-docs/')).sort());
    expect(feed.issues.every((i) => i.title && i.publishedAt?.endsWith('T02:00:00.000Z'))).toBe(true);
    const again = await discoverFromFeed(shanyin.discovery, { ...ctx, previous: feed.validators! });
    expect(again.status).toBe('not-modified');
    const [today] = datedCandidates(taiyuan.discovery.urlTemplate, new Date(), taiyuan.discovery.lookbackDays);
    expect(published.filter((u) => u.includes('/taiyuan-daily/'))).toEqual([today!.url]);
    const res = await fetch(today!.url);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('close() frees the port', async () => {
    const other = await startSampleSite();
    const port = Number(new URL(other.baseUrl).port);
    await other.close();
    await expect(fetch(`${other.baseUrl}/robots.txt`)).rejects.toThrow();
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  });
});

describe('GBK encoder of the site generator', () => {
  it('round-trips Chinese text through gb18030 and escapes what GBK lacks', () => {
    const text = '山阴县人民政府关于赵学树等同志免职的通知 山政发〔2023〕13号 “特此通知”—·';
    const bytes = encodeGbk(text, htmlCharRef);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text, 'utf8'));
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(text);
    expect(new TextDecoder('gb18030').decode(encodeGbk('价₹😀', htmlCharRef))).toBe('价&#x20B9;&#x1F600;');
  });
});
