import { contentHash } from '../changes/content-hash.ts';
import { decideChange } from '../changes/decide-change.ts';
import { renderDiffHtml } from '../changes/diff-html.ts';
import { diffTexts } from '../changes/diff.ts';
import { acrossSources, isRepost } from '../changes/repost.ts';
import { resolveDocumentKey } from '../changes/resolve-document-key.ts';
import type { ChangeRecord, DiffSummary } from '../model/change.ts';
import type { ParsedDocument } from '../model/document.ts';
import { extractedTextSchema, ocrPagesOf, type ExtractedText } from '../model/extracted-text.ts';
import type { IssueRecord } from '../model/issue.ts';
import type { NotifyMessage, ProcessMessage } from '../model/messages.ts';
import type { Source } from '../model/source.ts';
import { analyseExtracted } from '../pipeline/analyse-extracted.ts';
import { pageOfLine } from '../evidence/locate-facts.ts';
import { linkProcessedDocument } from '../projects/link-from-process.ts';
import type { ProjectRepository } from '../projects/ports.ts';
import type { BlobStore, ChangeLink, ChangeRepository, DocumentHead, DocumentRepository, IssueRepository, QueuePort, SourceRepository } from '../store/ports.ts';
import { stableId } from '../util/hash.ts';
import { shanghaiDay } from '../util/shanghai-time.ts';
import { countAttempt } from './issue-attempts.ts';
import { displayTitle } from '../model/display-title.ts';

export interface ProcessDeps {
  sources: SourceRepository;
  issues: IssueRepository;
  documents: DocumentRepository;
  changes: ChangeRepository;
  blobs: BlobStore;
  queue: QueuePort;
  now: () => Date;
  /** Failed runs per issue before it is failed (issue 15.5). */
  maxAttempts: number;
  /** Land projects (issue 14): land documents are linked into their project when given. */
  projects?: ProjectRepository;
}

/**
 * `replayed`: this very appearance (the issue's n-th document, same text) was settled by an earlier run as a
 * version the document has since moved past — nothing is written or sent.
 */
export type DocumentOutcome = 'new' | 'revised' | 'republished' | 'duplicate' | 'replayed';

export interface ProcessOutcome {
  issueId: string;
  status: 'processed' | 'failed' | 'skipped';
  reason: string | null;
  documents: { title: string; category: string; outcome: DocumentOutcome }[];
  /** Failed because its attempts ran out (issue 15.5), not because of the file. */
  gaveUp?: boolean;
}

/** A retryable conflict: another run wrote a different version of the same document at the same time. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
}

/**
 * One fetched issue → its documents compared with what DynamoDB holds. Safe to replay:
 * versions and change records are created with conditions and deterministic ids, the notify
 * hand-over happens before the head moves, and a processed issue is skipped.
 */
export async function processIssue(message: ProcessMessage, deps: ProcessDeps): Promise<ProcessOutcome> {
  const issue = await deps.issues.get(message.sourceId, message.issueId);
  if (!issue) return { issueId: message.issueId, status: 'failed', reason: `未知期次 unknown issue ${message.issueId}`, documents: [] };
  if (issue.status === 'processed' || issue.status === 'failed') {
    return { issueId: issue.issueId, status: 'skipped', reason: issue.reason, documents: [] };
  }
  // Any failure of this run (the text object missing, a store error, a conflict) is counted on the issue;
  // at the limit the issue fails with the reason instead of being retried forever (issue 15.5).
  try {
    return await processStored(message, issue, deps);
  } catch (err) {
    const counted = await countAttempt(issue, 'process', err, deps);
    if (counted.kind === 'retry') throw counted.error;
    return { issueId: issue.issueId, status: 'failed', reason: counted.reason, documents: [], gaveUp: true };
  }
}

async function processStored(message: ProcessMessage, issue: IssueRecord, deps: ProcessDeps): Promise<ProcessOutcome> {
  const source = await deps.sources.get(issue.sourceId);
  if (!source) return fail(issue, `未知信息源 unknown source ${issue.sourceId}`, deps);

  // The text and page map the extract stage stored for exactly this file.
  const extracted: ExtractedText = extractedTextSchema.parse(JSON.parse(await deps.blobs.getText(message.textKey)));
  if (extracted.sha256 !== issue.sha256) return superseded(issue, []);
  const { text, metadata } = extracted;

  const placeNames = [source.jurisdiction.county, source.jurisdiction.city, source.jurisdiction.province].filter((p): p is string => !!p);
  // The page's own metadata (发文字号, 成文日期 …) is read by parsing, where it fills what the text does not print.
  const publication = analyseExtracted({ text, metadata }, { placeNames, publishedAt: issue.publishedAt ?? null });
  if (publication.documents.length === 0) return fail(issue, '未识别出任何文件 no documents found in the issue', deps);
  const documents = publication.documents;

  const outcomes: ProcessOutcome['documents'] = [];
  for (const [index, doc] of documents.entries()) {
    const ocrPages = ocrPagesOf(extracted.pages, doc.startLine, doc.endLine);
    const outcome = doc.duplicateOf === null ? await handleDocument(doc, index, issue, source, deps, { ocrPages, lines: publication.lines, pages: extracted.pages, format: extracted.format }) : 'duplicate';
    outcomes.push({ title: displayTitle(doc), category: doc.category, outcome });
  }
  const written = await deps.issues.replace({ ...issue, status: 'processed', processedAt: deps.now().toISOString(), documentCount: documents.length }, issue.sha256);
  if (!written) return superseded(issue, outcomes);
  return { issueId: issue.issueId, status: 'processed', reason: null, documents: outcomes };
}

/**
 * Status writes are conditional on the file this run read: when fetch stored a corrected file at the
 * same URL meanwhile, the record now describes that file, and its own process message will settle it.
 */
async function fail(issue: IssueRecord, reason: string, deps: ProcessDeps): Promise<ProcessOutcome> {
  const written = await deps.issues.replace({ ...issue, status: 'failed', reason, processedAt: deps.now().toISOString() }, issue.sha256);
  if (!written) return superseded(issue, []);
  return { issueId: issue.issueId, status: 'failed', reason, documents: [] };
}

function superseded(issue: IssueRecord, documents: ProcessOutcome['documents']): ProcessOutcome {
  return { issueId: issue.issueId, status: 'skipped', reason: '期次文件处理期间已被替换 the file was replaced while it was processed', documents };
}

/** Where a document stands in its publication: the lines of the whole text, its page map, the pages OCR read. */
interface DocumentPlace {
  ocrPages: number[];
  lines: readonly string[];
  pages: ExtractedText['pages'];
  format: ExtractedText['format'];
}

/** The PDF page a document starts on (its first line's page in the page map); none for formats without pages. */
export function startPageOf(place: Pick<DocumentPlace, 'pages' | 'format'>, startLine: number): number | null {
  return place.format === 'pdf' ? pageOfLine(place.pages, startLine) : null;
}

async function handleDocument(doc: ParsedDocument, index: number, issue: IssueRecord, source: Source, deps: ProcessDeps, place: DocumentPlace): Promise<DocumentOutcome> {
  const { ocrPages, lines } = place;
  const { key, label } = await resolveDocumentKey({ ...doc, title: displayTitle(doc), sourceId: source.id, sourceKind: source.kind }, doc.text, deps);
  const hash = contentHash(doc.text);
  const textKey = `text/${key}/${hash}.txt`;
  await deps.blobs.put(textKey, doc.text, { contentType: 'text/plain; charset=utf-8', metadata: { 'source-url': issue.url } });
  const now = deps.now().toISOString();
  const link: ChangeLink = { sourceId: source.id, sourceName: source.name, url: issue.url, rawKey: issue.rawKey, textKey };

  const head = await deps.documents.getHead(key);
  const decision = await acrossSources(decideChange(head, hash), head, doc.text, source.id, deps);
  // A replay of an older issue after a later one revised the document: its text differs from the head's,
  // but it is the version this appearance already is — not a revision back to the old text.
  if (decision.kind === 'revised' && head && (await settledEarlier({ key, sourceId: source.id, issueId: issue.issueId, index, hash, text: doc.text }, head, deps))) return 'replayed';
  const startPage = startPageOf(place, doc.startLine);
  const appearance = { documentKey: key, sourceId: source.id, issueId: issue.issueId, index, url: issue.url, seenAt: now, ...(startPage ? { page: startPage } : {}) };
  if (decision.kind === 'republished' && head) {
    await deps.documents.recordAppearance({ ...appearance, version: head.version });
    await deps.changes.addLink(head.changeId, link);
    return 'republished';
  }

  const version = decision.version;
  const changeId = stableId(`${key}#${version}`, 24);
  const created = await deps.documents.createVersion({ documentKey: key, version, hash, textKey, changeId, sourceId: source.id, issueId: issue.issueId, createdAt: now });
  if (!created) {
    const existing = await deps.documents.getVersion(key, version);
    if (existing && existing.hash !== hash) throw new VersionConflictError(`${label} v${version} 已由另一版本写入 written concurrently with other content`);
  }

  let diff: DiffSummary | null = null;
  let diffKey: string | null = null;
  if (decision.kind === 'revised' && head) {
    const previous = await deps.blobs.getText(head.textKey);
    const textDiff = diffTexts(previous, doc.text);
    diff = textDiff.summary;
    diffKey = `diffs/${key}/v${head.version}-v${version}.html`;
    const html = renderDiffHtml(textDiff, { title: displayTitle(doc), docNumber: doc.docNumber, fromVersion: head.version, toVersion: version });
    await deps.blobs.put(diffKey, html, { contentType: 'text/html; charset=utf-8' });
  }

  const project = deps.projects ? await linkProcessedDocument(doc, { documentKey: key, changeId, issue, source, link, lines, pages: place.pages }, { projects: deps.projects, now: deps.now }) : null;
  const change: ChangeRecord = {
    ...(project ? { project } : {}),
    changeId,
    kind: decision.kind === 'revised' ? 'revised' : 'new',
    documentKey: key,
    version,
    category: doc.category,
    ...(doc.tags && doc.tags.length > 0 ? { tags: doc.tags } : {}),
    subtype: doc.subtype,
    confidence: doc.confidence,
    evidence: doc.evidence,
    jurisdiction: source.jurisdiction,
    issuer: doc.issuer,
    title: displayTitle(doc),
    docNumber: doc.docNumber,
    date: doc.date,
    appointments: doc.appointments,
    land: doc.land,
    regulation: doc.regulation,
    excerpt: excerptOf(doc.text),
    ...(ocrPages.length > 0 ? { ocrPages } : {}),
    diff,
    diffKey,
    links: [link],
    day: shanghaiDay(deps.now()),
    createdAt: now,
  };
  await deps.changes.create(change);
  await deps.documents.recordAppearance({ ...appearance, version });
  const notify: NotifyMessage = { changeId };
  await deps.queue.send('notify', notify);
  const moved = await deps.documents.putHead({ documentKey: key, label, version, hash, textKey, changeId, updatedAt: now }, head?.version ?? null);
  if (!moved) {
    const current = await deps.documents.getHead(key);
    if (!current || current.version < version) throw new VersionConflictError(`${label}: 文件头更新冲突 head moved concurrently`);
  }
  return change.kind;
}

/**
 * Whether an earlier run recorded this appearance (source, issue, position) as a version older than the head
 * holding this text: the version's own text, or — a version first stored from another source — a repost of
 * it, as `acrossSources` decided then. An appearance at the head's version or past it is not settled: the
 * text changed in place (a revision), or that run stopped before the head moved (this run completes it).
 */
async function settledEarlier(
  seen: { key: string; sourceId: string; issueId: string; index: number; hash: string; text: string },
  head: DocumentHead,
  deps: Pick<ProcessDeps, 'documents' | 'blobs'>,
): Promise<boolean> {
  const earlier = (await deps.documents.listAppearances(seen.key)).find((a) => a.sourceId === seen.sourceId && a.issueId === seen.issueId && a.index === seen.index);
  if (!earlier || earlier.version >= head.version) return false;
  const stored = await deps.documents.getVersion(seen.key, earlier.version);
  if (!stored) return false;
  if (stored.hash.toLowerCase() === seen.hash.toLowerCase()) return true;
  return stored.sourceId !== seen.sourceId && isRepost(await deps.blobs.getText(stored.textKey), seen.text);
}

const excerptOf = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
};
