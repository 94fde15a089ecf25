/**
 * Issue 15.5: a run of extract or process that fails on something other than the file itself (the raw or
 * text object missing, a store error, a bug) is counted on the issue record. Below the limit the error is
 * rethrown (SQS retries it, then its DLQ; fetch re-sends a stuck issue later); at the limit the issue
 * becomes `failed` with the reason, so it is never re-sent again. Writes are conditional on the file the
 * run read, like every status write. A transient service error (a 5xx, throttling, a dropped connection)
 * is not counted: it says nothing about the issue, and SQS retries it; an outage must not give work up.
 */
import type { IssueRecord } from '../model/issue.ts';
import type { IssueRepository } from '../store/ports.ts';
import { isTransientServiceError } from '../store/transient-error.ts';

export interface AttemptDeps {
  issues: IssueRepository;
  maxAttempts: number;
  now: () => Date;
}

export type AttemptResult = { kind: 'retry'; error: unknown } | { kind: 'failed'; reason: string };

const messageOf = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500);

/** Counts one failed attempt; `failed` once the limit is reached (the issue record then says why). */
export async function countAttempt(issue: IssueRecord, stage: 'extract' | 'process', err: unknown, deps: AttemptDeps): Promise<AttemptResult> {
  if (isTransientServiceError(err)) return { kind: 'retry', error: err };
  const attempts = (issue.attempts ?? 0) + 1;
  const lastError = `${stage}: ${messageOf(err)}`;
  if (attempts >= deps.maxAttempts) {
    const reason = `${stage} 连续失败 ${attempts} 次，已停止重试 gave up after ${attempts} attempts: ${messageOf(err)}`;
    const written = await deps.issues.replace({ ...issue, attempts, lastError, status: 'failed', reason, processedAt: deps.now().toISOString() }, issue.sha256);
    // Not written: the file was replaced meanwhile; the new version has its own message and count.
    return written ? { kind: 'failed', reason } : { kind: 'retry', error: err };
  }
  await deps.issues.replace({ ...issue, attempts, lastError }, issue.sha256);
  return { kind: 'retry', error: err };
}
