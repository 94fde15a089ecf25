/**
 * The JSON API through the local cloud's real HTTP server (infra/local/api-server.ts → functions/api.ts) on the
 * emulators (dynalite, s3rver): documents made by the real extract and process stages from a seed collection and
 * a revised reprint of it a day later; pages of changes followed by their cursors, filters, errors, rate limit.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../../functions/runtime/runtime.ts';
import { startApiServer, type ApiServer } from '../../../infra/local/api-server.ts';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { changesPageSchema, documentAnswerSchema, errorAnswerSchema, versionsAnswerSchema } from '../../../shared/api/schemas.ts';
import type { ChangeRecord } from '../../../shared/model/change.ts';
import type { IssueRecord } from '../../../shared/model/issue.ts';
import { issueTextKey } from '../../../shared/model/messages.ts';
import { sourceSchema } from '../../../shared/model/source.ts';
import { extractIssue } from '../../../shared/stages/extract-issue.ts';
import { processIssue } from '../../../shared/stages/process-issue.ts';
import { defaultRateLimits } from '../../../shared/subscribe/rate-limit.ts';
import { sha256Hex } from '../../../shared/util/hash.ts';
import { ocrTools, testLimits } from '../stages/extract-deps.ts';
import { webReads } from '../../../functions/runtime/web-deps.ts';
import { showChange } from '../../../shared/cli/commands/changes.ts';
import { runDocuments } from '../../../shared/cli/commands/documents.ts';
import { UsageError, type CliIo } from '../../../shared/cli/command.ts';

const source = sourceSchema.parse({
  id: 'county-docs',
  name: '县人民政府 政府文件',
  jurisdiction: { province: '山西省', city: '朔州市', county: '山阴县', divisionCode: '140621' },
  kind: 'document-list',
  discovery: { method: 'html-index', indexUrl: 'http://127.0.0.1:1/index.html', linkPattern: '\\.txt$' },
});
const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/004_846eea8e32d5f7bb.txt'), 'utf8');
const DAY1 = new Date('2026-11-20T02:00:00Z');
const DAY2 = new Date('2026-11-21T02:00:00Z');

describe('the JSON API on the local cloud', () => {
  let backend: LocalBackend;
  let api: ApiServer;
  let all: ChangeRecord[];
  let revised: ChangeRecord;

  async function ingest(issueId: string, text: string, at: Date): Promise<void> {
    backend.setNow(at);
    const a = adapters(backend.runtime);
    const bytes = Buffer.from(text, 'utf8');
    const sha256 = sha256Hex(bytes);
    const rawKey = `raw/${source.id}/${issueId}/${sha256}.txt`;
    await a.blobs.put(rawKey, bytes, { contentType: 'text/plain; charset=utf-8' });
    const issue: IssueRecord = {
      sourceId: source.id, issueId, url: `http://127.0.0.1:1/${issueId}.txt`, title: `文件汇编 ${issueId}`, contentType: 'text', sha256, rawKey,
      status: 'fetched', reason: null, fetchedAt: at.toISOString(), processedAt: null, documentCount: null,
    };
    await a.issues.create(issue);
    const deps = { ...a, queue: backend.queue, now: backend.runtime.now, maxAttempts: 3 };
    const message = { sourceId: issue.sourceId, issueId, rawKey };
    expect((await extractIssue(message, { ...deps, extraction: { ocr: ocrTools(), limits: testLimits, clock: () => performance.now() } })).status).toBe('extracted');
    const processed = await processIssue({ ...message, textKey: issueTextKey(source.id, issueId, sha256) }, deps);
    expect(processed.status).toBe('processed');
  }

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}${path}`, { headers });
    return { status: res.status, headers: res.headers, json: (await res.json()) as unknown };
  };

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-json-api-')), now: DAY1 });
    api = await startApiServer(() => backend.runtime);
    backend.setPublicBaseUrl(api.url);
    const a = adapters(backend.runtime);
    await a.sources.put(source);
    await ingest('collection-1', seed, DAY1);
    // A reprint the next day in which one numbered document has one sentence more: a revision.
    const first = await a.changes.listByDay('2026-11-20');
    // The first numbered document (by id) with a body line printed once in the collection.
    let line: string | undefined;
    for (const c of first.filter((x) => x.docNumber !== null).sort((x, y) => x.changeId.localeCompare(y.changeId))) {
      const text = await a.blobs.getText(c.links[0]!.textKey);
      line = text.split('\n').slice(3).find((l) => l.trim().length > 15 && seed.split(l).length === 2 && !l.includes(c.docNumber!));
      if (line) break;
    }
    if (!line) throw new Error('no document with a line printed once');
    await ingest('collection-2', seed.replace(line, `${line!}本通知自印发之日起执行。`), DAY2);
    all = [...first, ...(await a.changes.listByDay('2026-11-21'))];
    revised = all.find((c) => c.kind === 'revised')!;
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await backend?.close();
  });

  it('the reprint made exactly one revision', () => {
    expect(all.filter((c) => c.kind === 'revised')).toHaveLength(1);
    expect(revised.version).toBe(2);
    expect(all.length).toBeGreaterThan(5);
  });

  it('GET /api/changes: every change once, oldest first, page by page through opaque cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = `since=2026-11-20&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await get(`/api/changes?${query}`);
      expect(res.status).toBe(200);
      const page = changesPageSchema.parse(res.json);
      expect(page.changes.length).toBeLessThanOrEqual(3);
      seen.push(...page.changes.map((c) => c.changeId));
      for (const c of page.changes) expect(c.pageUrl).toBe(`${api.url}/changes/${c.changeId}`);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(cursor).toBeNull();
    expect(seen).toHaveLength(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set(all.map((c) => c.changeId)));
    expect(seen.at(-1)).toBe(revised.changeId);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(all.length / 3));
  });

  it('over a long, mostly empty range a page ends early with a cursor, and following it still finds every change once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/changes?since=2026-07-01&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const page = changesPageSchema.parse(res.json);
      seen.push(...page.changes.map((c) => c.changeId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    // 144 days at most 40 store requests a page: at least four pages, the first ones empty.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set(all.map((c) => c.changeId)));
  });

  it('filters by category and by area (a name or a division code, larger areas included)', async () => {
    const category = revised.category;
    const byCategory = changesPageSchema.parse((await get(`/api/changes?since=2026-11-20&limit=100&category=${category}`)).json);
    expect(byCategory.changes.map((c) => c.changeId).sort()).toEqual(all.filter((c) => c.category === category).map((c) => c.changeId).sort());
    const city = changesPageSchema.parse((await get(`/api/changes?since=2026-11-20&limit=100&jurisdiction=${encodeURIComponent('朔州市')}`)).json);
    expect(city.changes).toHaveLength(all.length);
    const province = changesPageSchema.parse((await get('/api/changes?since=2026-11-20&limit=100&jurisdiction=140000')).json);
    expect(province.changes).toHaveLength(all.length);
    const elsewhere = changesPageSchema.parse((await get(`/api/changes?since=2026-11-20&limit=100&jurisdiction=${encodeURIComponent('吕梁市')}`)).json);
    expect(elsewhere.changes).toEqual([]);
    expect(elsewhere.nextCursor).toBeNull();
    // Without since: the last 7 days.
    const recent = changesPageSchema.parse((await get('/api/changes?limit=100')).json);
    expect(recent.changes).toHaveLength(all.length);
  });

  it('refuses bad input with 400, naming each field in Chinese and English', async () => {
    const cases: [string, string][] = [
      ['since=2026-13-01', 'since'],
      ['since=yesterday', 'since'],
      ['category=weather', 'category'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['sort=desc', 'query'],
      [`jurisdiction=${encodeURIComponent('火星市')}`, 'jurisdiction'],
      ['cursor=not-a-cursor', 'cursor'],
      ['limit=2&limit=3', 'limit'],
    ];
    for (const [query, field] of cases) {
      const res = await get(`/api/changes?${query}`);
      expect(res.status, query).toBe(400);
      const body = errorAnswerSchema.parse(res.json);
      expect(body.error.code).toBe('bad-request');
      expect(body.error.message).toMatch(/[\u4e00-\u9fff].* [a-z]/);
      expect(body.error.issues?.map((i) => i.field), query).toContain(field);
      expect(body.error.issues?.every((i) => /[\u4e00-\u9fff]/.test(i.message) && /[a-z]{3}/.test(i.message)), query).toBe(true);
    }
  });

  it('a cursor works only with the filters it was made for and cannot be forged', async () => {
    const page = changesPageSchema.parse((await get('/api/changes?since=2026-11-20&limit=2')).json);
    const cursor = page.nextCursor!;
    const other = await get(`/api/changes?category=land&cursor=${encodeURIComponent(cursor)}`);
    expect(other.status).toBe(400);
    expect(errorAnswerSchema.parse(other.json).error.issues?.[0]?.message).toContain('另一组筛选条件');
    const [body, mac] = cursor.split('.');
    const moved = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')), d: '2026-11-21' })).toString('base64url');
    expect((await get(`/api/changes?cursor=${encodeURIComponent(`${moved}.${mac}`)}`)).status).toBe(400);
  });

  it('GET /api/documents/{key} and /versions: the revised document, its appearances and both versions with the diff', async () => {
    const key = encodeURIComponent(revised.documentKey);
    const doc = documentAnswerSchema.parse((await get(`/api/documents/${key}`)).json).document;
    expect(doc).toMatchObject({ documentKey: revised.documentKey, title: revised.title, docNumber: revised.docNumber, version: 2, category: revised.category });
    expect(doc.latest.changeId).toBe(revised.changeId);
    expect(doc.appearances.map((a) => a.issueId)).toEqual(['collection-1', 'collection-2']);
    expect(doc.appearances.map((a) => a.issueTitle)).toEqual(['文件汇编 collection-1', '文件汇编 collection-2']);
    expect((await fetch(doc.pageUrl)).status).toBe(200);

    const versions = versionsAnswerSchema.parse((await get(`/api/documents/${key}/versions`)).json);
    expect(versions.versions.map((v) => [v.version, v.kind])).toEqual([[1, 'new'], [2, 'revised']]);
    expect(versions.versions[0]!.diff).toBeNull();
    expect(versions.versions[1]!.diff).toEqual(revised.diff);
    expect(versions.versions[1]!.diff!.added + versions.versions[1]!.diff!.changed).toBeGreaterThan(0);
    const diffPage = await fetch(versions.versions[1]!.diffPageUrl!);
    expect(diffPage.status).toBe(200);
    expect(await diffPage.text()).toContain('本通知自印发之日起执行。');
  });

  it('a malformed key is 400, an unknown one 404, an unknown route 404 — all JSON', async () => {
    expect((await get('/api/documents/not-a-key')).status).toBe(400);
    const unknown = await get(`/api/documents/n%3A${'0'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(errorAnswerSchema.parse(unknown.json).error.message).toBe('没有这个文件 no such document');
    const route = await get('/api/nothing-here');
    expect(route.status).toBe(404);
    expect(route.headers.get('content-type')).toMatch(/^application\/json/);
    const post = await fetch(`${api.url}/api/changes`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves its OpenAPI document', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json as { openapi: string; servers: { url: string }[]; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]!.url).toBe(api.url);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/changes', '/api/documents/{key}', '/api/documents/{key}/versions']));
  });

  it('is rate-limited per client with the subscription module’s limiter: 429 with Retry-After', async () => {
    const strict = await startApiServer(() => backend.runtime, { limits: { ...defaultRateLimits, client: { name: 'client-api-test', limit: 2, windowSeconds: 600 } } });
    try {
      expect((await fetch(`${strict.url}/api/changes`)).status).toBe(200);
      expect((await fetch(`${strict.url}/api/openapi.json`)).status).toBe(200);
      const refused = await fetch(`${strict.url}/api/documents/${encodeURIComponent(revised.documentKey)}`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(errorAnswerSchema.parse(await refused.json()).error.code).toBe('rate-limited');
      expect((await fetch(`${strict.url}/documents/${encodeURIComponent(revised.documentKey)}`)).status).toBe(429);
    } finally {
      await strict.close();
    }
  });

  describe('the CLI over the same records', () => {
    const capture = () => {
      let out = '';
      const io: CliIo = { stdout: (t) => (out += t), stderr: () => undefined };
      return { io, text: () => out };
    };

    it('gw documents history <key>: both versions with what changed, both appearances, the page', async () => {
      const c = capture();
      expect(await runDocuments(['history', revised.documentKey], c.io, webReads(backend.runtime))).toBe(0);
      const text = c.text();
      expect(text.split('\n')[0]).toBe(revised.title);
      expect(text).toMatch(/v1 .* 首次发现/);
      expect(text).toContain(`v2  2026-11-21  ${source.id}  新增`);
      expect(text).toContain('文件汇编 collection-1');
      expect(text).toContain('文件汇编 collection-2');
      expect(text).toContain(`${api.url}/documents/${encodeURIComponent(revised.documentKey)}`);
      const json = capture();
      await runDocuments(['history', revised.documentKey, '--json'], json.io, webReads(backend.runtime));
      const parsed = JSON.parse(json.text()) as { document: { version: number }; versions: unknown[] };
      expect(parsed.document.version).toBe(2);
      expect(parsed.versions).toHaveLength(2);
    });

    it('gw changes show <id>: the revision with its facts, what changed and its pages', async () => {
      const c = capture();
      const reads = webReads(backend.runtime);
      expect(await showChange(['show', revised.changeId], c.io, reads.changes, reads)).toBe(0);
      const text = c.text();
      expect(text).toContain('修订 revised（第 2 版）');
      expect(text).toContain(`文号：${revised.docNumber}`);
      expect(text).toContain('本通知自印发之日起执行。');
      expect(text).toContain(`对比页：${api.url}/documents/${encodeURIComponent(revised.documentKey)}/versions/2/diff`);
    });

    it('says clearly what is wrong with a bad key or id', async () => {
      const reads = webReads(backend.runtime);
      await expect(runDocuments(['history', 'nope'], capture().io, reads)).rejects.toThrow(UsageError);
      await expect(runDocuments(['history', `n:${'0'.repeat(32)}`], capture().io, reads)).rejects.toThrow(/没有这个文件 no such document/);
      await expect(showChange(['show', 'xyz'], capture().io, reads.changes, reads)).rejects.toThrow(/24 hex digits/);
      await expect(showChange(['show', '0'.repeat(24)], capture().io, reads.changes, reads)).rejects.toThrow(/没有这个变更 no such change/);
    });
  });
});
