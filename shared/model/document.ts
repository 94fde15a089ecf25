import * as z from 'zod';
import { isoDateSchema } from './dates.ts';
import { lazySchema } from './lazy-schema.ts';

/** The four change categories of the product (DESIGN §4.1). */
export const categorySchema = lazySchema(() => z.enum(['appointment', 'land', 'regulation', 'other']));
export type Category = z.infer<typeof categorySchema>;

/** Finer kinds of "other" (and of the main categories) that subscribers may filter on. */
export const subtypeSchema = lazySchema(() => z.enum([
  'appointment',
  'land-requisition',
  'land-compensation',
  'land-recovery',
  'regulation',
  'leading-group',
  'plan',
  'approval',
  'letter',
  'notice',
  'news',
  'report',
  'other',
]));
export type Subtype = z.infer<typeof subtypeSchema>;

export const appointmentSchema = lazySchema(() => z.object({
  person: z.string().min(1),
  /** appoint | remove | elect (当选, 选举…为) | nominate (拟任, 任前公示). */
  action: z.enum(['appoint', 'remove', 'elect', 'nominate']),
  position: z.string(),
}));
export type Appointment = z.infer<typeof appointmentSchema>;

export const deadlineSchema = lazySchema(() => z.object({
  /** The phrase as printed, e.g. 自本通告发布之日起15日内. */
  text: z.string(),
  /** The calendar date it resolves to where an anchor date is known. */
  date: isoDateSchema.nullable(),
  /** What the deadline is for (登记, 签约, 听证, 行政复议, 行政诉讼 …) where stated. */
  purpose: z.string().nullable().optional(),
  /** A period the law fixes (行政复议60日, 行政诉讼6个月): shown as 法定, with the provision in `basis`. */
  statutory: z.boolean().optional(),
  basis: z.string().nullable().optional(),
  /** A period counted from an event whose date the notice does not give: the rule, resolved once that date is known. */
  rule: z.object({ event: z.string(), n: z.number().positive(), unit: z.enum(['day', 'working-day', 'week', 'month', 'year']) }).nullable().optional(),
}));
export type Deadline = z.infer<typeof deadlineSchema>;

export const compensationSchema = lazySchema(() => z.object({
  text: z.string(),
  amount: z.number().nullable(),
  /** e.g. 元/亩, 元/平方米, 元/平方米/月 */
  unit: z.string().nullable(),
  /** What it pays for (土地补偿费, 安置补助费, 青苗补偿 …). */
  appliesTo: z.string().nullable(),
  /** The kind of payment it is grouped under in mails (土地补偿和安置补助, 房屋补偿, 奖励 …). */
  group: z.string().nullable().optional(),
  /** What it depends on, as printed (在签约期限开始之日起10日内签订…的), and a signing window read from it (第1–10日). */
  condition: z.string().nullable().optional(),
  window: z.string().nullable().optional(),
  /** How it is paid (一次性支付6个月, 支付一次). */
  payment: z.string().nullable().optional(),
  /** The 文号 of the standard it applies (川府函〔2020〕217号). */
  standard: z.string().nullable().optional(),
}));
export type Compensation = z.infer<typeof compensationSchema>;

/** 四至: what the land borders on each side, as printed. */
export const boundariesSchema = lazySchema(() => z.object({
  east: z.string().nullable(),
  south: z.string().nullable(),
  west: z.string().nullable(),
  north: z.string().nullable(),
}));
export type Boundaries = z.infer<typeof boundariesSchema>;

/** The stage of a land procedure a document belongs to (DESIGN §4.1). */
export const landStageSchema = lazySchema(() => z.enum([
  'pre-announcement',
  'plan',
  'hearing',
  'approval',
  'announcement',
  'registration',
  'house-expropriation',
  'take-back',
  'batch-approval',
  'sale',
  'other',
]));
export type LandStage = z.infer<typeof landStageSchema>;

export const landFactsSchema = lazySchema(() => z.object({
  stage: landStageSchema.optional(),
  project: z.string().nullable(),
  location: z.string().nullable(),
  /** 四至 where printed (东至…南至…, or …以南、…以东). */
  boundaries: boundariesSchema.optional(),
  area: z.string().nullable(),
  areaSquareMetres: z.number().nullable().optional(),
  compensation: z.array(compensationSchema),
  deadlines: z.array(deadlineSchema),
  implementer: z.string().nullable(),
  requisitioner: z.string().nullable().optional(),
  legalBasis: z.array(z.string()).optional(),
}));
export type LandFacts = z.infer<typeof landFactsSchema>;

export const regulationFactsSchema = lazySchema(() => z.object({
  effectiveDate: isoDateSchema.nullable(),
  repeals: z.array(z.string()),
  name: z.string().nullable().optional(),
  validity: z.string().nullable().optional(),
}));
export type RegulationFacts = z.infer<typeof regulationFactsSchema>;

/** What the parser finds for one document inside a publication. */
export const segmentedDocumentSchema = lazySchema(() => z.object({
  /** As printed; null when the text does not print a title line (none is made up from the body). */
  title: z.string().min(1).nullable(),
  /** Normalised: 〔〕, no spaces, ends in 号; null if none. */
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** Every issuer in printed order (joint documents); issuer is the first. */
  issuers: z.array(z.string()).optional(),
  /** 落款 date, ISO; null if none. */
  date: isoDateSchema.nullable(),
  /** 1-based inclusive line range in the extracted text. */
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Index of an earlier identical document in the same publication, or null. */
  duplicateOf: z.number().int().nonnegative().nullable(),
  /** The document's normalised body text (title excluded where it could be separated). */
  text: z.string(),
  /** 此件公开发布 and similar disclosure notes, if printed. */
  disclosure: z.string().nullable().optional(),
  /** Attachments mentioned (附件：1.… 2.…). */
  attachments: z.array(z.string()).optional(),
}));
export type SegmentedDocument = z.infer<typeof segmentedDocumentSchema>;

/** What the classifier says of one document. */
export const classificationSchema = lazySchema(() => z.object({
  /** The primary category. */
  category: categorySchema,
  /** Other categories the document also belongs to (a land-price regulation: ['land']). */
  tags: z.array(categorySchema).optional(),
  subtype: subtypeSchema,
  confidence: z.number().min(0).max(1),
  /** The words and patterns that decided. */
  evidence: z.array(z.string()),
  appointments: z.array(appointmentSchema),
  land: landFactsSchema.nullable(),
  regulation: regulationFactsSchema.nullable(),
}));
export type Classification = z.infer<typeof classificationSchema>;

export const publicationKindSchema = lazySchema(() => z.enum(['gazette', 'newspaper', 'document-collection', 'report', 'single']));
export type PublicationKind = z.infer<typeof publicationKindSchema>;

export const parsedDocumentSchema = lazySchema(() => segmentedDocumentSchema.extend(classificationSchema.shape));
export type ParsedDocument = z.infer<typeof parsedDocumentSchema>;

export const parsedPublicationSchema = lazySchema(() => z.object({
  kind: publicationKindSchema,
  documents: z.array(parsedDocumentSchema),
}));
export type ParsedPublication = z.infer<typeof parsedPublicationSchema>;
