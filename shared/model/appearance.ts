/**
 * One appearance of a document: the issue and source it was printed in, its position there, and — for a PDF
 * whose page map the extract stage stored — the page it starts on (absent for HTML, text and .docx issues, and
 * for appearances recorded before pages were kept).
 */
import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

export const documentAppearanceSchema = lazySchema(() => z.object({
  documentKey: z.string(),
  sourceId: z.string(),
  issueId: z.string(),
  /** Position of the document in its issue, from 0. */
  index: z.number().int().nonnegative(),
  version: z.number().int().positive(),
  url: z.string(),
  seenAt: z.string(),
  /** The PDF page (1-based) the document's first line is on. */
  page: z.number().int().positive().optional(),
}));
export type DocumentAppearance = z.infer<typeof documentAppearanceSchema>;
