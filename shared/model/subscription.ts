import * as z from 'zod';
import { categorySchema, subtypeSchema } from './document.ts';
import { webhookListSchema } from '../webhooks/schema.ts';
import { lazySchema } from './lazy-schema.ts';

export const subscriptionStatusSchema = lazySchema(() => z.enum(['pending', 'active', 'unsubscribed', 'bounced', 'complained']));
export const frequencySchema = lazySchema(() => z.enum(['immediate', 'daily', 'weekly']));
export type Frequency = z.infer<typeof frequencySchema>;

export const filtersSchema = lazySchema(() => z.object({
  categories: z.array(categorySchema).default([]),
  subtypes: z.array(subtypeSchema).default([]),
  /** Names (山西, 吕梁市, 离石区) or 6-digit division codes; a larger area covers the smaller ones in it. */
  jurisdictions: z.array(z.string().min(1)).default([]),
  issuers: z.array(z.string().min(1)).default([]),
  keywordsAny: z.array(z.string().min(1)).default([]),
  keywordsAll: z.array(z.string().min(1)).default([]),
  keywordsExcluded: z.array(z.string().min(1)).default([]),
  /** Village, township or project names a land watcher cares about. */
  places: z.array(z.string().min(1)).default([]),
}));
export type Filters = z.infer<typeof filtersSchema>;

export const subscriptionSchema = lazySchema(() => z.object({
  subscriberId: z.string(),
  email: z.string().email(),
  name: z.string().nullable().default(null),
  status: subscriptionStatusSchema,
  filters: filtersSchema,
  frequency: frequencySchema,
  language: z.enum(['zh', 'en']).default('zh'),
  timeZone: z.literal('Asia/Shanghai').default('Asia/Shanghai'),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The last permanent refusal of this address by the mail provider (sandbox not verified, suppressed, rejected). */
  lastRejection: z.object({ at: z.string(), kind: z.string(), reason: z.string(), deliveryKey: z.string() }).nullable().optional(),
  /** Chat robots and generic webhooks the subscriber's alerts and digests are also posted to (issue 17). */
  webhooks: webhookListSchema,
  /** Generation of the private Atom feed URL: raising it revokes every earlier feed URL (issue 17). */
  feedGeneration: z.number().int().nonnegative().optional(),
}));
export type Subscription = z.infer<typeof subscriptionSchema>;
