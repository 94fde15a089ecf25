import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** Sources one fetch message carries at most (each on its own host, fetched concurrently). */
export const MAX_SOURCES_PER_FETCH_MESSAGE = 10;
/** Issues a follow-up may name per source: at most the compact index holds (shared/ingest/recent-issues.ts). */
export const MAX_RECENT_ISSUES_PER_FOLLOW_UP = 300;

/**
 * plan -> fetch: several due sources, each on a different host, fetched at once so their politeness waits
 * overlap (issue 18). A message of the earlier shape, `{ sourceId }`, is read as a one-source message, so
 * messages queued before a deployment are still consumed.
 */
export const fetchMessageSchema = lazySchema(() => z.union([
  z.object({
    sourceIds: z.array(z.string().min(1)).min(1).max(MAX_SOURCES_PER_FETCH_MESSAGE),
    requestedAt: z.string(),
    /**
     * A follow-up (functions/fetch.ts): per source, the issues its last run left to re-check; these sources'
     * indexes are not read again.
     */
    rechecks: z.record(z.string().min(1), z.array(z.string().min(1)).min(1).max(MAX_RECENT_ISSUES_PER_FOLLOW_UP)).optional(),
  }),
  z.object({ sourceId: z.string().min(1), requestedAt: z.string() }).transform(({ sourceId, requestedAt }) => ({ sourceIds: [sourceId], requestedAt })),
]));
export type FetchMessage = z.output<typeof fetchMessageSchema>;

/** fetch -> extract: one message per newly stored issue (its raw file). */
export const extractMessageSchema = lazySchema(() => z.object({
  sourceId: z.string().min(1),
  issueId: z.string().min(1),
  rawKey: z.string().min(1),
}));
export type ExtractMessage = z.infer<typeof extractMessageSchema>;

/**
 * extract -> process: the issue and its stored text with the page map (shared/model/extracted-text.ts).
 * `textKey` is derived from the issue and the file's sha256, so a replay names the same object.
 */
export const processMessageSchema = lazySchema(() => z.object({
  sourceId: z.string().min(1),
  issueId: z.string().min(1),
  rawKey: z.string().min(1),
  textKey: z.string().min(1),
}));
export type ProcessMessage = z.infer<typeof processMessageSchema>;

/** Where the extract stage stores an issue's text: one object per (issue, file content). */
export const issueTextKey = (sourceId: string, issueId: string, sha256: string): string => `text/issues/${sourceId}/${issueId}/${sha256}.json`;

/** process -> notify: one message per change record. */
export const notifyMessageSchema = lazySchema(() => z.object({ changeId: z.string().min(1) }));
export type NotifyMessage = z.infer<typeof notifyMessageSchema>;

/** digest schedule -> digest: which frequency is due now. */
export const digestEventSchema = lazySchema(() => z.object({
  frequency: z.enum(['daily', 'weekly']),
  /** Overrides "now" (ISO instant) for replays and the local run. */
  at: z.string().optional(),
}));
export type DigestEvent = z.infer<typeof digestEventSchema>;

export const queueNames = ['fetch', 'extract', 'process', 'notify'] as const;
export type QueueName = (typeof queueNames)[number];
