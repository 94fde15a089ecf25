/**
 * Linking on the emulators: the invented fixture set linked document by document through the DynamoDB
 * repository (every stage in its project, no false link), replays change nothing, concurrent linking of one
 * document ends in one project; and the write-once archive refuses to overwrite an original.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBackend, type LocalBackend } from '../../../infra/local/backend.ts';
import { linkLandDocument, type LandDocumentInput } from '../../../shared/projects/link-document.ts';
import { stageOf } from '../../../shared/projects/infer-stage.ts';
import { buildTimeline } from '../../../shared/projects/timeline.ts';
import { DynamoProjectRepository } from '../../../shared/store/dynamo/project-repository.ts';
import { S3BlobStore, WriteOnceError } from '../../../shared/store/s3-blob-store.ts';
import { sha256Hex } from '../../../shared/util/hash.ts';
import { fixtureDocs, type FixtureDoc } from '../../unit/projects/fixture-docs.ts';
import { runProjects } from '../../../shared/cli/commands/projects.ts';
import { UsageError } from '../../../shared/cli/command.ts';
import { displayTitle } from '../../../shared/model/display-title.ts';

const inputOf = (f: FixtureDoc): LandDocumentInput => ({
  title: displayTitle(f.doc),
  text: f.doc.text,
  docNumber: f.doc.docNumber,
  issuer: f.doc.issuer,
  land: f.doc.land,
  placeHint: f.placeHint,
  stage: stageOf(f.doc),
  documentKey: `doc-${f.id}`,
  changeId: `change-${f.id}`,
  date: f.doc.date,
  region: f.region,
  deadlines: f.doc.land?.deadlines ?? [],
  facts: [],
  page: null,
  excerpt: f.doc.text.slice(0, 80),
  where: {
    sourceId: f.sourceId,
    sourceName: f.sourceName,
    url: `http://127.0.0.1:9/${f.issueId}.pdf`,
    issueId: f.issueId,
    rawKey: `raw/${f.sourceId}/${f.issueId}/${'0'.repeat(64)}.pdf`,
    textKey: `text/doc-${f.id}/x.txt`,
    sha256: '0'.repeat(64),
  },
});

describe('land projects on the emulators', () => {
  let backend: LocalBackend;
  let repo: DynamoProjectRepository;
  const docs = fixtureDocs();
  let clock = new Date('2024-03-15T02:00:00Z');
  const deps = () => ({ projects: repo, now: () => clock });

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-projects-')) });
    repo = new DynamoProjectRepository(backend.runtime.db, backend.runtime.config.tables.projects);
  });
  afterAll(async () => {
    await backend.close();
  });

  it('links every fixture stage into its own project, with the stages before it', async () => {
    const refs = new Map<string, Awaited<ReturnType<typeof linkLandDocument>>>();
    for (const f of docs) {
      clock = new Date(`${f.published}T02:00:00Z`);
      refs.set(f.id, await linkLandDocument(inputOf(f), deps()));
    }
    const projectOf = new Map<string, Set<string>>();
    for (const f of docs) projectOf.set(f.expect, (projectOf.get(f.expect) ?? new Set()).add(refs.get(f.id)!.projectId));
    for (const [label, ids] of projectOf) expect([...ids], label).toHaveLength(1);
    expect(new Set([...projectOf.values()].map((s) => [...s][0])).size).toBe(4);

    const a4 = refs.get('A4')!;
    expect(a4.earlier.map((s) => s.stage)).toEqual(['pre-announcement', 'plan', 'approval']);
    expect(a4.name).toBe('青岚县2024年第3批次建设用地');
    expect(refs.get('A1')!.earlier).toEqual([]);

    const projects = await repo.listProjects();
    expect(projects).toHaveLength(4);
    const stored = await repo.get(a4.projectId);
    const timeline = buildTimeline(stored!.project, await repo.listStages(a4.projectId), '2024-08-01');
    expect(timeline.stages.map((s) => s.documentKey)).toEqual(['doc-A1', 'doc-A2', 'doc-A3', 'doc-A4', 'doc-A5']);
    expect(timeline.openStages).toEqual([]);
    // A4's registration period (15 days from 2024-07-20, ending Sunday 4 August, so Monday 5 August: 民法典 art. 203)
    // is still open on 2024-08-01; A2's have passed.
    expect(timeline.deadlines.find((d) => d.date === '2024-08-05')?.status).toBe('open');
    expect(timeline.deadlines.filter((d) => d.status === 'passed').length).toBeGreaterThan(0);

    const b = await repo.get(refs.get('B2')!.projectId);
    const bTimeline = buildTimeline(b!.project, await repo.listStages(b!.project.projectId), '2024-09-30');
    expect(bTimeline.openStages.map((s) => s.stage)).toEqual(['registration']);
  });

  it('changes nothing when a document is linked again (a replayed process message)', async () => {
    const before = await repo.listProjects();
    const f = docs.find((d) => d.id === 'A4')!;
    const first = (await repo.getStage((await repo.projectOfDocument('doc-A4'))!, 'doc-A4'))!;
    clock = new Date('2025-01-01T00:00:00Z');
    const again = await linkLandDocument(inputOf(f), deps());
    const after = await repo.listProjects();
    expect(after.map((p) => [p.projectId, p.documentKeys])).toEqual(before.map((p) => [p.projectId, p.documentKeys]));
    const stage = await repo.getStage(again.projectId, 'doc-A4');
    expect(stage?.linkedAt).toBe(first.linkedAt);
    expect(stage?.reasons).toEqual(first.reasons);
  });

  it('puts one document into one project when two runs link it at once', async () => {
    const f = docs.find((d) => d.id === 'D1')!;
    const input = { ...inputOf(f), documentKey: 'doc-race', changeId: 'change-race', title: '青岚县人民政府关于青岚县2025年第9批次城镇建设用地征收土地的预公告', text: f.doc.text.replace(/2024年第4批次/g, '2025年第9批次') };
    const [x, y] = await Promise.all([linkLandDocument(input, deps()), linkLandDocument(input, deps())]);
    expect(x.projectId).toBe(y.projectId);
    const owners = (await repo.listProjects()).filter((p) => p.documentKeys.includes('doc-race'));
    expect(owners).toHaveLength(1);
  });

  it('opens one project when two documents of one new project are linked at once', async () => {
    // Two stages of a batch no project has yet (D's forms, moved to a new batch), processed by two workers at once:
    // both find no project; the batch's anchor, claimed with a conditional write, sends the later one to the first's.
    const renamed = (id: string) => {
      const f = docs.find((d) => d.id === id)!;
      const input = inputOf(f);
      const text = f.doc.text.replace(/2024年第4批次/g, '2026年第2批次');
      if (text === f.doc.text) throw new Error(`fixture ${id} no longer names its batch`);
      return { ...input, documentKey: `doc-pair-${id}`, changeId: `change-pair-${id}`, title: input.title.replace(/2024年第4批次/g, '2026年第2批次'), text };
    };
    const [x, y] = await Promise.all([linkLandDocument(renamed('D1'), deps()), linkLandDocument(renamed('D2'), deps())]);
    expect(x.projectId).toBe(y.projectId);
    const owners = (await repo.listProjects()).filter((p) => p.documentKeys.some((k) => k.startsWith('doc-pair-')));
    expect(owners.map((p) => p.documentKeys.sort())).toEqual([['doc-pair-D1', 'doc-pair-D2']]);
    expect((await repo.listStages(x.projectId)).map((s) => s.documentKey).sort()).toEqual(['doc-pair-D1', 'doc-pair-D2']);
  });

  it('lists the projects and shows a timeline with gw projects', async () => {
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => undefined };
    expect(await runProjects(['list'], io, repo, new Date('2024-08-01T00:00:00Z'))).toBe(0);
    expect(out).toContain('青岚县东环路改扩建项目（青岚县）');
    expect(out).toMatch(/共 \d+ 个土地项目/);
    const a = (await repo.projectOfDocument('doc-A1'))!;
    out = '';
    await runProjects(['show', a], io, repo, new Date('2024-08-01T00:00:00Z'));
    expect(out).toMatch(/1\. 2024-03-11 {2}征收土地预公告（启动公告）/);
    expect(out).toMatch(/5\. 2024-08-16 {2}补偿登记/);
    expect(out).toContain('关联依据（');
    await expect(runProjects(['show', 'P-none'], io, repo, new Date())).rejects.toBeInstanceOf(UsageError);
    await expect(runProjects(['delete'], io, repo, new Date())).rejects.toBeInstanceOf(UsageError);
  });

  it('records a re-check state once: a replay of the same state is refused', async () => {
    const projectId = (await repo.projectOfDocument('doc-B1'))!;
    const removed = { status: 'removed' as const, checkedAt: '2025-02-03T03:00:00Z', httpStatus: 404, sha256: null, rawKey: null, diffKey: null };
    expect(await repo.recordCheck(projectId, 'doc-B1', removed)).toBe(true);
    expect(await repo.recordCheck(projectId, 'doc-B1', { ...removed, checkedAt: '2025-02-10T03:00:00Z' })).toBe(false);
    expect((await repo.getStage(projectId, 'doc-B1'))?.lastCheck?.checkedAt).toBe('2025-02-03T03:00:00Z');
  });
});

describe('write-once originals on the S3 emulator', () => {
  let backend: LocalBackend;
  let blobs: S3BlobStore;

  beforeAll(async () => {
    backend = await startLocalBackend({ dir: mkdtempSync(join(tmpdir(), 'gw-worm-')) });
    blobs = new S3BlobStore(backend.runtime.s3, backend.runtime.config.bucket);
  });
  afterAll(async () => {
    await backend.close();
  });

  it('stores an original once, accepts the same bytes again and refuses other bytes', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 征收土地公告');
    const key = `raw/src/issue/${sha256Hex(bytes)}.pdf`;
    await blobs.put(key, bytes, { contentType: 'application/pdf' });
    await blobs.put(key, bytes, { contentType: 'application/pdf' });
    await expect(blobs.put(key, new TextEncoder().encode('%PDF-1.4 tampered'), { contentType: 'application/pdf' })).rejects.toBeInstanceOf(WriteOnceError);
    expect(sha256Hex(await blobs.get(key))).toBe(sha256Hex(bytes));
  });

  it('still overwrites derived files (texts, diffs) in place', async () => {
    await blobs.put('diffs/k/v1-v2.html', 'one', { contentType: 'text/html' });
    await blobs.put('diffs/k/v1-v2.html', 'two', { contentType: 'text/html' });
    expect(await blobs.getText('diffs/k/v1-v2.html')).toBe('two');
  });
});
