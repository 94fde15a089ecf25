import { z } from 'zod';

export const issueStatusSchema = z.enum(['fetched', 'processed', 'failed']);

/** One published issue (a PDF or a document page) of a source, as stored in DynamoDB. */
export const issueRecordSchema = z.object({
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
});
export type IssueRecord = z.infer<typeof issueRecordSchema>;
