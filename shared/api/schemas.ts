/**
 * The JSON API's contract as zod schemas: query and path input (validated on every request) and the answers
 * (the OpenAPI document is generated from these, never written twice).
 */
import * as z from 'zod';
import { changeKindSchema, changeRecordSchema, diffSummarySchema } from '../model/change.ts';
import { categorySchema } from '../model/document.ts';
import { exampleChange, exampleChangesPage, exampleDocument, exampleError, exampleVersions } from './examples.ts';

/** A real calendar day, YYYY-MM-DD. */
const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '需要 YYYY-MM-DD 格式的日期 expected a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), '不是有效日期 not a real date');

export const MAX_PAGE_SIZE = 100;

export const changesQuerySchema = z.strictObject({
  since: daySchema.optional().meta({ description: '从这一天起（北京时间，含当天），默认 7 天前 from this day on (Asia/Shanghai, inclusive); default 7 days ago', examples: ['2026-11-13'] }),
  category: z
    .enum(categorySchema.options, { error: `类别应为 category must be one of ${categorySchema.options.join(', ')}` })
    .optional()
    .meta({ description: '只看这一类别 only this category', examples: ['land'] }),
  jurisdiction: z
    .string()
    .trim()
    .min(1, '地区不能为空 jurisdiction must not be empty')
    .max(40, '地区过长 jurisdiction too long')
    .optional()
    .meta({ description: '地区：名称或行政区划代码，包含其下级 an area, by name or division code, and the areas inside it', examples: ['吕梁市', '141102'] }),
  cursor: z.string().min(1).max(600).optional().meta({ description: '上一页回答中的 nextCursor the nextCursor of the previous page (opaque)' }),
  limit: z.coerce
    .number({ error: '需要整数 expected an integer' })
    .int('需要整数 expected an integer')
    .min(1, '至少 1 at least 1')
    .max(MAX_PAGE_SIZE, `至多 ${MAX_PAGE_SIZE} at most ${MAX_PAGE_SIZE}`)
    .default(20)
    .meta({ description: '每页条数 changes per page', examples: [20] }),
});
export type ChangesQuery = z.infer<typeof changesQuerySchema>;

/** Document keys are `n:`, `t:` or `a:` and 32 hex digits (shared/changes/document-key.ts). */
export const documentKeySchema = z
  .string()
  .regex(/^[nta]:[0-9a-f]{32}$/, '文件键无效：应为 n:/t:/a: 加 32 位十六进制 invalid document key: n:, t: or a: and 32 hex digits')
  .meta({ description: '文件键 document key', examples: [exampleChange.documentKey] });

export const noQuerySchema = z.strictObject({});

export const apiChangeSchema = changeRecordSchema
  .extend({
    pageUrl: z.string().url().meta({ description: '变更页 the change page' }),
    documentUrl: z.string().url().meta({ description: '文件页 the document page' }),
    documentApiUrl: z.string().url(),
    diffPageUrl: z.string().url().nullable().meta({ description: '修订的对比页 the diff page of a revision' }),
  })
  .meta({ id: 'Change', description: '一条变更（新文件或修订）one change: a new document or a revision' });

export const changesPageSchema = z
  .object({
    ok: z.literal(true),
    changes: z.array(apiChangeSchema),
    nextCursor: z.string().nullable().meta({ description: '下一页的游标；null 表示已到最新 cursor of the next page; null at the newest' }),
  })
  .meta({ id: 'ChangesPage', examples: [exampleChangesPage] });

export const apiAppearanceSchema = z.object({
  sourceId: z.string(),
  sourceName: z.string().nullable(),
  issueId: z.string(),
  issueTitle: z.string().nullable(),
  /** Position of the document in its issue, from 0. */
  index: z.number().int().nonnegative(),
  version: z.number().int().positive(),
  url: z.string(),
  archiveUrl: z.string().url().nullable(),
  seenAt: z.string(),
});

export const documentAnswerSchema = z
  .object({
    ok: z.literal(true),
    document: z.object({
      documentKey: z.string(),
      label: z.string(),
      title: z.string(),
      docNumber: z.string().nullable(),
      issuer: z.string().nullable(),
      date: z.string().nullable(),
      category: categorySchema,
      tags: z.array(categorySchema),
      version: z.number().int().positive(),
      updatedAt: z.string(),
      pageUrl: z.string().url(),
      versionsUrl: z.string().url(),
      latest: apiChangeSchema,
      appearances: z.array(apiAppearanceSchema),
    }),
  })
  .meta({ id: 'Document', examples: [exampleDocument] });

export const apiVersionSchema = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  changeId: z.string(),
  kind: changeKindSchema.nullable(),
  sourceId: z.string(),
  issueId: z.string(),
  hash: z.string(),
  textUrl: z.string().url(),
  changeUrl: z.string().url(),
  diff: diffSummarySchema.nullable(),
  diffPageUrl: z.string().url().nullable(),
});

export const versionsAnswerSchema = z
  .object({ ok: z.literal(true), documentKey: z.string(), versions: z.array(apiVersionSchema) })
  .meta({ id: 'Versions', examples: [exampleVersions] });

export const errorAnswerSchema = z
  .object({
    ok: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string().meta({ description: '中文在前，英文在后 Chinese, then English' }),
      issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error', examples: [exampleError] });
