/**
 * The weekly re-check of known land notices (issue 14): every stage of every land project is fetched again at
 * its URL. A notice that answers 404/410, or is no longer in the issue served there, is "removed"; one whose
 * text changed is "edited" (the new bytes archived beside the original, a diff page written). Each removal or
 * edit raises one alert to the subscribers its change record matches, with the archived original; a replay
 * (or next week's run seeing the same state) sends nothing: each mail is claimed per (subscriber, notice, state)
 * and the state is recorded on the stage with a condition.
 */
import * as z from 'zod';
import { diffTexts } from '../changes/diff.ts';
import { renderDiffHtml } from '../changes/diff-html.ts';
import { renderNoticeAlert } from '../evidence/render-notice-alert.ts';
import { IngestError, isAbsent } from '../ingest/errors.ts';
import type { HttpResponse } from '../ingest/http-client.ts';
import { extensionOf, sniffContentType } from '../ingest/sniff.ts';
import { extractText } from '../ingest/text/extract.ts';
import { ExtractionError } from '../ingest/text/extraction-error.ts';
import type { DiffSummary } from '../model/change.ts';
import { matchesSubscription } from '../notify/match.ts';
import { analysePublication } from '../pipeline/analyse.ts';
import { noticeFinding, type NoticeFinding } from '../projects/notice-state.ts';
import type { NoticeCheck, ProjectStage } from '../projects/project-model.ts';
import type { ProjectRepository } from '../projects/ports.ts';
import type { BlobStore, ChangeRepository, IssueRepository, SubscriberRepository } from '../store/ports.ts';
import { sha256Hex } from '../util/hash.ts';
import { sendOnce, type SendMailDeps } from './send-mail.ts';
import { displayTitle } from '../model/display-title.ts';

/** The scheduled event: `at` overrides now (replays, tests); `minAgeDays` skips notices linked more recently. */
export const recheckEventSchema = z.object({ at: z.string().datetime({ offset: true }).optional(), minAgeDays: z.number().int().min(0).optional() });
export type RecheckEvent = z.infer<typeof recheckEventSchema>;

export interface RecheckDeps extends SendMailDeps {
  projects: ProjectRepository;
  changes: ChangeRepository;
  issues: IssueRepository;
  subscribers: SubscriberRepository;
  blobs: BlobStore;
  /** HTTP GET with the service's safety rules (4xx/5xx thrown as IngestError). */
  get: (url: string, headers?: Record<string, string>) => Promise<HttpResponse>;
}

export interface RecheckOutcome {
  checked: number;
  unchanged: number;
  removed: number;
  edited: number;
  alertsSent: number;
  /** Notices that could not be checked this time (timeouts, 5xx, 403): tried again next run. */
  failed: { url: string; reason: string }[];
}

export async function recheckNotices(event: RecheckEvent, deps: RecheckDeps): Promise<RecheckOutcome> {
  const now = event.at ? new Date(event.at) : deps.now();
  const outcome: RecheckOutcome = { checked: 0, unchanged: 0, removed: 0, edited: 0, alertsSent: 0, failed: [] };
  const minAgeMs = (event.minAgeDays ?? 0) * 24 * 3600 * 1000;
  const stages = (await deps.projects.listAllStages()).filter((s) => now.getTime() - Date.parse(s.linkedAt) >= minAgeMs);
  // One request per URL: the notices of one gazette issue share it.
  const byUrl = new Map<string, ProjectStage[]>();
  for (const s of stages) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);
  for (const [url, notices] of byUrl) {
    const served = await fetchServed(url, notices[0]!, deps);
    if (served.kind === 'failed') {
      outcome.failed.push({ url, reason: served.reason });
      continue;
    }
    for (const notice of notices) {
      outcome.checked++;
      const finding = await findingFor(notice, served, deps);
      const check = await checkOf(notice, finding, served, now, deps);
      outcome[check.status]++;
      if (check.status === 'unchanged') {
        if (notice.lastCheck?.status !== 'unchanged') await deps.projects.recordCheck(notice.projectId, notice.documentKey, check);
        continue;
      }
      if (notice.lastCheck && sameState(notice.lastCheck, check)) continue; // reported already
      outcome.alertsSent += await alert(notice, check, finding, deps);
      await deps.projects.recordCheck(notice.projectId, notice.documentKey, check);
    }
  }
  return outcome;
}

type Served = { kind: 'gone'; httpStatus: number } | { kind: 'same' } | { kind: 'bytes'; bytes: Uint8Array; sha256: string } | { kind: 'failed'; reason: string };

async function fetchServed(url: string, sample: ProjectStage, deps: RecheckDeps): Promise<Served> {
  const issue = await deps.issues.get(sample.sourceId, sample.issueId);
  const headers: Record<string, string> = {};
  if (issue && issue.sha256 === sample.sha256) {
    if (issue.etag) headers['if-none-match'] = issue.etag;
    if (issue.lastModified) headers['if-modified-since'] = issue.lastModified;
  }
  try {
    const res = await deps.get(url, headers);
    if (res.status === 304) return { kind: 'same' };
    const sha256 = sha256Hex(res.bytes);
    return sha256 === sample.sha256 ? { kind: 'same' } : { kind: 'bytes', bytes: res.bytes, sha256 };
  } catch (err) {
    if (!(err instanceof IngestError)) throw err;
    if (isAbsent(err)) return { kind: 'gone', httpStatus: err.status ?? 404 };
    return { kind: 'failed', reason: err.message };
  }
}

async function findingFor(notice: ProjectStage, served: Exclude<Served, { kind: 'failed' }>, deps: RecheckDeps): Promise<NoticeFinding> {
  if (served.kind === 'same') return { status: 'unchanged' };
  if (served.kind === 'gone') return { status: 'removed', httpStatus: served.httpStatus };
  const oldText = await deps.blobs.getText(notice.textKey);
  let documents: { title: string; docNumber: string | null; text: string }[] | null;
  try {
    const extracted = await extractText(served.bytes, { fileName: notice.rawKey });
    documents = analysePublication(extracted.text, {}).documents.map((d) => ({ ...d, title: displayTitle(d) }));
    // A single-document page whose title line moved keeps its identity by being the only document.
    if (documents.length === 1 && !notice.rawKey.endsWith('.pdf')) documents = [{ ...documents[0]!, title: notice.title, docNumber: notice.docNumber }];
  } catch (err) {
    if (!(err instanceof ExtractionError)) throw err;
    documents = null;
  }
  return noticeFinding({ title: notice.title, docNumber: notice.docNumber, text: oldText }, documents);
}

async function checkOf(notice: ProjectStage, finding: NoticeFinding, served: Exclude<Served, { kind: 'failed' }>, now: Date, deps: RecheckDeps): Promise<NoticeCheck> {
  const checkedAt = now.toISOString();
  if (finding.status === 'unchanged') return { status: 'unchanged', checkedAt, httpStatus: served.kind === 'gone' ? served.httpStatus : 200, sha256: notice.sha256, rawKey: null, diffKey: null };
  if (finding.status === 'removed' || served.kind !== 'bytes') {
    return { status: 'removed', checkedAt, httpStatus: finding.status === 'removed' ? finding.httpStatus : null, sha256: served.kind === 'bytes' ? served.sha256 : null, rawKey: null, diffKey: null };
  }
  // The edited bytes are archived beside the original (content-addressed: the original is never touched).
  const type = sniffContentType(served.bytes);
  const rawKey = `raw/${notice.sourceId}/${notice.issueId}/${served.sha256}.${extensionOf(type)}`;
  await deps.blobs.put(rawKey, served.bytes, {
    contentType: type === 'pdf' ? 'application/pdf' : type === 'html' ? 'text/html' : 'text/plain; charset=utf-8',
    metadata: { 'source-url': notice.url, 'fetched-at': checkedAt, sha256: served.sha256 },
  });
  let diffKey: string | null = null;
  if (finding.newText !== null) {
    const diff = diffTexts(await deps.blobs.getText(notice.textKey), finding.newText);
    diffKey = `diffs/recheck/${notice.documentKey}/${served.sha256}.html`;
    await deps.blobs.put(diffKey, renderDiffHtml(diff, { title: notice.title, docNumber: notice.docNumber, fromVersion: 1, toVersion: 2 }), { contentType: 'text/html; charset=utf-8' });
  }
  return { status: 'edited', checkedAt, httpStatus: 200, sha256: served.sha256, rawKey, diffKey };
}

const sameState = (a: NoticeCheck, b: NoticeCheck): boolean => a.status === b.status && (a.status === 'removed' || a.sha256 === b.sha256);

/** One mail per matching subscriber (whatever their frequency: a takedown does not wait for a digest). */
async function alert(notice: ProjectStage, check: NoticeCheck, finding: NoticeFinding, deps: RecheckDeps): Promise<number> {
  const change = await deps.changes.get(notice.changeId);
  if (!change) return 0;
  const head = await deps.projects.get(notice.projectId);
  const issue = await deps.issues.get(notice.sourceId, notice.issueId);
  const diff: DiffSummary | null =
    check.status === 'edited' && finding.status === 'edited' && finding.newText !== null ? diffTexts(await deps.blobs.getText(notice.textKey), finding.newText).summary : null;
  const evidenceUrl = `${deps.links.publicBaseUrl.replace(/\/$/, '')}/evidence/${encodeURIComponent(notice.changeId)}`;
  const original = { rawKey: notice.rawKey, sha256: notice.sha256, capturedAt: issue?.sha256 === notice.sha256 ? issue.fetchedAt : notice.linkedAt, url: notice.url };
  let sent = 0;
  for (const subscription of await deps.subscribers.listActive()) {
    if (!matchesSubscription(change, subscription)) continue;
    const key = `NOTICE#${notice.changeId}#${check.status}#${check.status === 'removed' ? 'gone' : check.sha256}`;
    const result = await sendOnce(
      subscription,
      key,
      { covers: [notice.changeId], render: (_covers, links) => renderNoticeAlert({ subscription, change, check, original, diff, projectName: head?.project.name ?? null, evidenceUrl, links }) },
      deps,
    );
    if (result.kind === 'sent') sent++;
  }
  return sent;
}
