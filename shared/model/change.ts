import * as z from 'zod';
import { isoDateSchema } from './dates.ts';
import {
  appointmentSchema,
  categorySchema,
  landFactsSchema,
  regulationFactsSchema,
  subtypeSchema,
} from './document.ts';
import { jurisdictionSchema } from './source.ts';
import { projectRefSchema } from '../projects/project-model.ts';
import { lazySchema } from './lazy-schema.ts';

export const changeKindSchema = lazySchema(() => z.enum(['new', 'revised']));

export const diffSummarySchema = lazySchema(() => z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  /** A few changed passages, for the mail ("what changed"). */
  excerpts: z.array(z.object({ before: z.string(), after: z.string() })),
  /** The diff stopped at its bound: the summary is partial. */
  truncated: z.boolean(),
}));
export type DiffSummary = z.infer<typeof diffSummarySchema>;

/** Where a change was seen: one per publishing source. */
export const changeLinkSchema = lazySchema(() => z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  url: z.string().url(),
  /** S3 key of the archived original file. */
  rawKey: z.string(),
  /** S3 key of the document's extracted text. */
  textKey: z.string(),
}));

/** One alert-worthy change: everything notification needs, no further look-ups. */
export const changeRecordSchema = lazySchema(() => z.object({
  changeId: z.string(),
  kind: changeKindSchema,
  documentKey: z.string(),
  version: z.number().int().positive(),
  category: categorySchema,
  /** Other categories the document also belongs to (a land-price regulation: ['land']); absent on older records. */
  tags: z.array(categorySchema).optional(),
  subtype: subtypeSchema,
  /** How sure the classifier was (0–1) and the words and patterns that decided; absent on older records. */
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(z.string()).optional(),
  jurisdiction: jurisdictionSchema,
  issuer: z.string().nullable(),
  title: z.string(),
  docNumber: z.string().nullable(),
  date: isoDateSchema.nullable(),
  appointments: z.array(appointmentSchema),
  land: landFactsSchema.nullable(),
  regulation: regulationFactsSchema.nullable(),
  /** First lines of the text, for the digest. */
  excerpt: z.string(),
  /** Pages of the original read by OCR (scanned pages): mails ask readers to check the original. */
  ocrPages: z.array(z.number().int().positive()).optional(),
  diff: diffSummarySchema.nullable(),
  /** S3 key of the HTML diff view for revisions. */
  diffKey: z.string().nullable(),
  links: z.array(changeLinkSchema).min(1),
  /** The land project the document is a stage of, and the stages before it (issue 14). */
  project: projectRefSchema.optional(),
  /** Day (Asia/Shanghai) the change was detected, YYYY-MM-DD. */
  day: isoDateSchema,
  createdAt: z.string(),
}));
export type ChangeRecord = z.infer<typeof changeRecordSchema>;
