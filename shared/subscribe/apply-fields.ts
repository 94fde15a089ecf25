import { filtersSchema, type Filters, type Frequency } from '../model/subscription.ts';
import type { PreferenceFields } from './schemas.ts';

const filterKeys = ['categories', 'subtypes', 'jurisdictions', 'issuers', 'keywordsAny', 'keywordsAll', 'keywordsExcluded', 'places'] as const;

/** Filters with each field given in `fields` replaced, the others kept from `base`. */
export function applyFilterFields(base: Filters, fields: PreferenceFields): Filters {
  const next: Record<string, unknown> = { ...base };
  for (const key of filterKeys) {
    const value = fields[key];
    if (value !== undefined) next[key] = value;
  }
  return filtersSchema.parse(next);
}

export const emptyFilters = (): Filters => filtersSchema.parse({});

export const DEFAULT_FREQUENCY: Frequency = 'daily';
