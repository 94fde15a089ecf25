/**
 * A land project (one requisition, one 房屋征收, one 收回): the documents of its stages, linked across issues and
 * sources. Stored records (projects table) and the reference a change record carries for the mail.
 */
import * as z from 'zod';
import { isoDateSchema } from '../model/dates.ts';
import { deadlineSchema, landStageSchema } from '../model/document.ts';
import { lazySchema } from '../model/lazy-schema.ts';

/** What ties documents together: names, 批复文号, villages, areas, as read from each document. */
export const linkEvidenceSchema = lazySchema(() => z.object({
  /** Project names, normalised (项目/工程/建设用地 names; 乌当至平塘高速公路). */
  names: z.array(z.string()),
  /** Batch names with their place (眉山市东坡区2024年第1批次). */
  batches: z.array(z.string()),
  /** 批复文号 and 审批意见书 numbers the document cites or is. */
  approvals: z.array(z.string()),
  /** Villages (…村, …社区) and 经济联合社 named as the land's owners. */
  villages: z.array(z.string()),
  /** Areas in m² (total first). */
  areasSqm: z.array(z.number().positive()),
  /** County-level place the document speaks for (…县, …区, …市). */
  county: z.string().nullable(),
}));
export type LinkEvidence = z.infer<typeof linkEvidenceSchema>;

/** A fact of a document located in the original: its line in the issue text and, where known, its page. */
export const locatedFactSchema = lazySchema(() => z.object({
  label: z.string(),
  value: z.string(),
  line: z.number().int().positive().nullable(),
  page: z.number().int().positive().nullable(),
}));
export type LocatedFact = z.infer<typeof locatedFactSchema>;

/** How a notice looked when it was last re-checked at its URL (removed, edited, or unchanged). */
export const noticeCheckSchema = lazySchema(() => z.object({
  status: z.enum(['unchanged', 'removed', 'edited']),
  checkedAt: z.string(),
  httpStatus: z.number().int().nullable(),
  /** sha256 of the bytes served at the check (edited), null when removed. */
  sha256: z.string().nullable(),
  /** S3 key of the edited bytes and of the diff page, when edited. */
  rawKey: z.string().nullable(),
  diffKey: z.string().nullable(),
}));
export type NoticeCheck = z.infer<typeof noticeCheckSchema>;

/** One stage of a project: one document, where it was published and why it was linked here. */
export const projectStageSchema = lazySchema(() => z.object({
  projectId: z.string().min(1),
  documentKey: z.string().min(1),
  changeId: z.string().min(1),
  stage: landStageSchema,
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  date: isoDateSchema.nullable(),
  sourceId: z.string(),
  sourceName: z.string(),
  url: z.string().url(),
  issueId: z.string(),
  rawKey: z.string(),
  textKey: z.string(),
  /** sha256 of the archived original (the issue file) when the document was linked. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  deadlines: z.array(deadlineSchema),
  facts: z.array(locatedFactSchema),
  /** First page of the document in the original (PDF), when the page map says. */
  page: z.number().int().positive().nullable(),
  /** A stored text excerpt of the document (its opening). */
  excerpt: z.string(),
  /** 0–1: how sure the link is; 1 for the document that opened the project. */
  confidence: z.number().min(0).max(1),
  /** Why it was linked (Chinese, one item per piece of evidence). */
  reasons: z.array(z.string()),
  evidence: linkEvidenceSchema,
  linkedAt: z.string(),
  lastCheck: noticeCheckSchema.nullable().optional(),
}));
export type ProjectStage = z.infer<typeof projectStageSchema>;

/** The project head: its name and the evidence of all its stages together (what new documents are compared with). */
export const projectSchema = lazySchema(() => z.object({
  projectId: z.string().min(1),
  name: z.string().min(1),
  /** Province (the partition candidates are looked up in). */
  region: z.string().min(1),
  county: z.string().nullable(),
  evidence: linkEvidenceSchema,
  /** Document keys of its stages (kept with the head so linking reads one item). */
  documentKeys: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}));
export type Project = z.infer<typeof projectSchema>;

/** What a change record says of its project, for the mail: which project and which stages came before. */
export const projectRefSchema = lazySchema(() => z.object({
  projectId: z.string(),
  name: z.string(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()),
  /** Stages linked before this document, in procedure order. */
  earlier: z.array(z.object({ stage: landStageSchema, date: isoDateSchema.nullable(), title: z.string() })),
  /** First page of the document in the original, for #page=N links. */
  page: z.number().int().positive().nullable(),
}));
export type ProjectRef = z.infer<typeof projectRefSchema>;
