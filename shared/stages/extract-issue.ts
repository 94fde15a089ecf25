/**
 * extract: one fetched issue's raw file → its text with the page map (text layer or OCR per page) in S3
 * at a key derived from the issue and the file's sha256 → one process message. Safe to replay: a text
 * already stored is not extracted again (the process message is sent again; process skips a processed
 * issue), status writes are conditional on the file read, and failures are bounded (issue-attempts.ts).
 */
import { ExtractionError } from '../ingest/text/extract.ts';
import { extractDocument, type DocumentExtractOptions } from '../ingest/text/extract-document.ts';
import { extractedTextSchema, type ExtractedText } from '../model/extracted-text.ts';
import type { IssueRecord } from '../model/issue.ts';
import { issueTextKey, type ExtractMessage, type ProcessMessage } from '../model/messages.ts';
import type { BlobStore, IssueRepository, QueuePort } from '../store/ports.ts';
import { countAttempt } from './issue-attempts.ts';

export interface ExtractDeps {
  issues: IssueRepository;
  blobs: BlobStore;
  queue: QueuePort;
  now: () => Date;
  extraction: DocumentExtractOptions;
  maxAttempts: number;
}

export interface ExtractOutcome {
  issueId: string;
  status: 'extracted' | 'failed' | 'skipped';
  reason: string | null;
  textKey: string | null;
  /** Pages read by OCR / pages left unread (limits, damage). */
  ocrPages: number[];
  unreadPages: number[];
  /** Failed because its attempts ran out (issue 15.5), not because of the file. */
  gaveUp: boolean;
}

const outcome = (issueId: string, status: ExtractOutcome['status'], reason: string | null, extra: Partial<ExtractOutcome> = {}): ExtractOutcome => ({
  issueId,
  status,
  reason,
  textKey: null,
  ocrPages: [],
  unreadPages: [],
  gaveUp: false,
  ...extra,
});

export async function extractIssue(message: ExtractMessage, deps: ExtractDeps): Promise<ExtractOutcome> {
  const issue = await deps.issues.get(message.sourceId, message.issueId);
  if (!issue) return outcome(message.issueId, 'skipped', `未知期次 unknown issue ${message.issueId}`);
  if (issue.status !== 'fetched') return outcome(issue.issueId, 'skipped', issue.reason);
  // A message for an earlier version of a file replaced in place: that version's own message follows.
  if (issue.rawKey !== message.rawKey) return outcome(issue.issueId, 'skipped', '期次文件已被替换 the file was replaced');
  try {
    return await extractStored(issue, deps);
  } catch (err) {
    const counted = await countAttempt(issue, 'extract', err, deps);
    if (counted.kind === 'retry') throw counted.error;
    return outcome(issue.issueId, 'failed', counted.reason, { gaveUp: true });
  }
}

async function extractStored(issue: IssueRecord, deps: ExtractDeps): Promise<ExtractOutcome> {
  const textKey = issueTextKey(issue.sourceId, issue.issueId, issue.sha256);
  const handOver: ProcessMessage = { sourceId: issue.sourceId, issueId: issue.issueId, rawKey: issue.rawKey, textKey };
  if (await deps.blobs.exists(textKey)) {
    const stored = extractedTextSchema.parse(JSON.parse(await deps.blobs.getText(textKey)));
    await deps.queue.send('process', handOver);
    return summary(issue.issueId, textKey, stored);
  }
  const bytes = await deps.blobs.get(issue.rawKey);
  let extracted: ExtractedText;
  try {
    const doc = await extractDocument(bytes, { contentType: issue.httpContentType ?? undefined, fileName: issue.rawKey }, deps.extraction);
    extracted = extractedTextSchema.parse({ schema: 1, sha256: issue.sha256, ...doc });
  } catch (err) {
    if (!(err instanceof ExtractionError)) throw err;
    const written = await deps.issues.replace({ ...issue, status: 'failed', reason: err.message, processedAt: deps.now().toISOString() }, issue.sha256);
    return outcome(issue.issueId, written ? 'failed' : 'skipped', written ? err.message : '期次文件已被替换 the file was replaced');
  }
  await deps.blobs.put(textKey, JSON.stringify(extracted), {
    contentType: 'application/json; charset=utf-8',
    metadata: { 'source-url': issue.url, sha256: issue.sha256, status: extracted.status },
  });
  if (extracted.status === 'partial') {
    const partialReason = `部分页面未识别 pages not read: ${extracted.unread.map((u) => `${u.page} (${u.reason})`).join('; ')}`.slice(0, 1000);
    await deps.issues.replace({ ...issue, partialReason }, issue.sha256);
  }
  await deps.queue.send('process', handOver);
  return summary(issue.issueId, textKey, extracted);
}

function summary(issueId: string, textKey: string, text: ExtractedText): ExtractOutcome {
  const reason = text.status === 'partial' ? `部分页面未识别 ${text.unread.length} pages not read` : null;
  return outcome(issueId, 'extracted', reason, {
    textKey,
    ocrPages: text.pages.filter((p) => p.method === 'ocr').map((p) => p.page),
    unreadPages: text.unread.map((u) => u.page),
  });
}
