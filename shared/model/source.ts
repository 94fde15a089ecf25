import { z } from 'zod';

export const jurisdictionSchema = z.object({
  province: z.string().min(1),
  city: z.string().min(1).optional(),
  county: z.string().min(1).optional(),
  /** 行政区划代码 (6 digits) of the most specific level. */
  divisionCode: z.string().regex(/^\d{6}$/, 'a 6-digit administrative division code'),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const discoverySchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('html-index'),
    /** The index page that lists issues. */
    indexUrl: z.string().url(),
    /** Regular expression a link's href must match to be an issue (PDF or document page). */
    linkPattern: z.string().min(1),
  }),
  z.object({
    method: z.literal('feed'),
    feedUrl: z.string().url(),
  }),
  z.object({
    method: z.literal('dated-url'),
    /** e.g. https://…/{yyyy}/{mm}/{dd}/01.pdf */
    urlTemplate: z.string().min(1),
    lookbackDays: z.number().int().positive().default(3),
  }),
]);
export type Discovery = z.infer<typeof discoverySchema>;

export const politenessSchema = z.object({
  minIntervalMs: z.number().int().nonnegative().default(2000),
  maxBytes: z.number().int().positive().default(50 * 1024 * 1024),
  timeoutMs: z.number().int().positive().default(30_000),
});

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  jurisdiction: jurisdictionSchema,
  kind: z.enum(['gazette', 'document-list', 'newspaper']),
  discovery: discoverySchema,
  /** Cron expression (Asia/Shanghai) for when the source is due. */
  schedule: z.string().default('0 * * * *'),
  encoding: z.string().optional(),
  politeness: politenessSchema.default({ minIntervalMs: 2000, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 }),
  /** Public URL could not be checked from the build machine. */
  unverified: z.boolean().default(false),
});
export type Source = z.infer<typeof sourceSchema>;
