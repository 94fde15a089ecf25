import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** A calendar date, ISO 8601 (YYYY-MM-DD). */
export const isoDateSchema = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
export type IsoDate = z.infer<typeof isoDateSchema>;

/** An instant, ISO 8601 with time zone. */
export const isoInstantSchema = lazySchema(() => z.string().datetime({ offset: true }));
