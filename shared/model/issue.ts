import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

export const issueStatusSchema = lazySchema(() => z.enum(['fetched', 'processed', 'failed']));

/** One published issue (a PDF or a document page) of a source, as stored in DynamoDB. */
export const issueRecordSchema = lazySchema(() => z.object({
  sourceId: z.string(),
  /** Stable id derived from the canonical URL. */
  issueId: z.string(),
  url: z.string().url(),
  title: z.string().nullable(),
  contentType: z.enum(['pdf', 'html', 'text']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  rawKey: z.string(),
  status: issueStatusSchema,
  reason: z.string().nullable(),
  fetchedAt: z.string(),
  processedAt: z.string().nullable(),
  documentCount: z.number().int().nonnegative().nullable(),
  /** When the publisher dated the issue (a feed item's pubDate/updated, a dated URL's day), ISO; null when unknown. */
  publishedAt: z.string().nullable().optional(),
  /** 1 for the first bytes seen at this URL; +1 each time the file is replaced in place with different bytes. */
  version: z.number().int().positive().optional(),
  /** When the URL was first seen (fetchedAt moves with each new version). */
  firstSeenAt: z.string().optional(),
  /** HTTP validators of the issue file, for conditional re-checks. */
  etag: z.string().nullable().optional(),
  lastModified: z.string().nullable().optional(),
  /** HTTP status of a fetch that failed before any bytes arrived (a link to a file not uploaded yet: 404). */
  httpStatus: z.number().int().nullable().optional(),
  /** The Content-Type the file was stored with (charset included), passed to extraction (issue 15.6). */
  httpContentType: z.string().nullable().optional(),
  /** Extract/process runs of this file that failed on something other than the file (issue 15.5). */
  attempts: z.number().int().nonnegative().optional(),
  /** The last such failure. */
  lastError: z.string().nullable().optional(),
  /** Pages of the file that could not be read (page limit, time budget, damaged image): processed, but partly. */
  partialReason: z.string().nullable().optional(),
}));
export type IssueRecord = z.infer<typeof issueRecordSchema>;
