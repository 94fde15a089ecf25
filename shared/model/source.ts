import * as z from 'zod';
import { detailAttachmentsSchema, hanwebJpageSchema, jsonListSchema, paginatedListSchema, trsListSchema } from './discovery-families.ts';
import { lazySchema } from './lazy-schema.ts';

export const jurisdictionSchema = lazySchema(() => z.object({
  province: z.string().min(1),
  city: z.string().min(1).optional(),
  county: z.string().min(1).optional(),
  /** 行政区划代码 (6 digits) of the most specific level. */
  divisionCode: z.string().regex(/^\d{6}$/, 'a 6-digit administrative division code'),
}));
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

const DATE_TOKEN = /\{(?:yyyy|yy|mm|m|dd|d)\}/;

export const discoverySchema = lazySchema(() => z.discriminatedUnion('method', [
  z.object({
    method: z.literal('html-index'),
    /** The index page that lists issues. */
    indexUrl: z.string().url(),
    /** Regular expression a link's href must match to be an issue (PDF or document page). */
    linkPattern: z.string().min(1),
    /** Links read from one index page at the most (a broken or hostile page with 100,000 links); default 2,000. */
    maxLinks: z.number().int().positive().max(100_000).optional(),
  }),
  z.object({
    method: z.literal('feed'),
    /** An RSS 2.0 or Atom feed whose items link to issues. */
    feedUrl: z.string().url(),
    /** Optional regular expression an item's link must match (default: every item is an issue). */
    linkPattern: z.string().min(1).optional(),
  }),
  z.object({
    method: z.literal('dated-url'),
    /** e.g. https://…/{yyyy}/{mm}/{dd}/01.pdf — tokens {yyyy} {yy} {mm} {m} {dd} {d}, Asia/Shanghai calendar days. */
    urlTemplate: z
      .string()
      .min(1)
      .refine((t) => DATE_TOKEN.test(t), 'needs at least one date token: {yyyy} {yy} {mm} {m} {dd} {d}')
      .refine((t) => !/\{(?!(?:yyyy|yy|mm|m|dd|d)\})[^}]*\}/.test(t), 'unknown token; use {yyyy} {yy} {mm} {m} {dd} {d}')
      .refine((t) => /^https?:\/\/[^/{}]+\//.test(t), 'must start with http:// or https:// and a host without tokens'),
    /** Days tried besides today (today and the `lookbackDays` days before it, Asia/Shanghai). */
    lookbackDays: z.number().int().nonnegative().max(60).default(3),
  }),
  // The CMS families of Chinese government sites (discovery-families.ts; shared/ingest/discovery/).
  paginatedListSchema,
  trsListSchema,
  hanwebJpageSchema,
  jsonListSchema,
  detailAttachmentsSchema,
]));
export type Discovery = z.infer<typeof discoverySchema>;

export const politenessSchema = lazySchema(() => z.object({
  minIntervalMs: z.number().int().nonnegative().default(2000),
  maxBytes: z.number().int().positive().default(50 * 1024 * 1024),
  timeoutMs: z.number().int().positive().default(30_000),
}));

export const sourceSchema = lazySchema(() => z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  jurisdiction: jurisdictionSchema,
  kind: z.enum(['gazette', 'document-list', 'newspaper']),
  discovery: discoverySchema,
  /** Cron expression (Asia/Shanghai) for when the source is due. */
  schedule: z.string().default('0 * * * *'),
  encoding: z.string().optional(),
  politeness: politenessSchema.default({ minIntervalMs: 2000, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 }),
  /**
   * Known issues first seen within this many days are re-checked each run (conditional GET), so a file
   * replaced in place is fetched and processed again; 0 turns re-checks off. Default 14.
   */
  recheckDays: z.number().int().nonnegative().max(365).optional(),
  /**
   * New issues downloaded in one run at the most (default 50): a first run over a long archive, or a page that
   * suddenly lists thousands of links, is spread over several runs; the rest waits for the next one.
   */
  maxNewIssuesPerRun: z.number().int().positive().max(10_000).optional(),
  /** Public URL could not be checked from the build machine. */
  unverified: z.boolean().default(false),
}));
export type Source = z.infer<typeof sourceSchema>;
