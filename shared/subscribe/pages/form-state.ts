/**
 * What a filter form shows: the values as the person typed them (a failed post is shown again with its
 * input kept) or as a stored subscription holds them (the preferences page).
 */
import type { Filters, Frequency, Subscription } from '../../model/subscription.ts';
import { divisionsOfProvince } from '../../notify/divisions.ts';
import { DEFAULT_FREQUENCY, emptyFilters } from '../apply-fields.ts';

/** The province whose areas the picker lists (the sources watched are Shanxi's). */
export const PICKER_PROVINCE = '14';

export const textFields = ['issuers', 'keywordsAny', 'keywordsAll', 'keywordsExcluded', 'places'] as const;
export type TextField = (typeof textFields)[number];

export interface FormState {
  email: string;
  name: string;
  frequency: string;
  categories: string[];
  subtypes: string[];
  /** Areas picked in the list (6-digit codes of the picker's province). */
  pickedAreas: string[];
  /** Other areas, as typed. */
  otherAreas: string;
  texts: Record<TextField, string>;
}

const pickerCodes = (): Set<string> => new Set(divisionsOfProvince(PICKER_PROVINCE).map((d) => d.code));

export function formStateOf(filters: Filters, frequency: Frequency, name: string | null, email = ''): FormState {
  const codes = pickerCodes();
  return {
    email,
    name: name ?? '',
    frequency,
    categories: [...filters.categories],
    subtypes: [...filters.subtypes],
    pickedAreas: filters.jurisdictions.filter((j) => codes.has(j)),
    otherAreas: filters.jurisdictions.filter((j) => !codes.has(j)).join('，'),
    texts: {
      issuers: filters.issuers.join('，'),
      keywordsAny: filters.keywordsAny.join('，'),
      keywordsAll: filters.keywordsAll.join('，'),
      keywordsExcluded: filters.keywordsExcluded.join('，'),
      places: filters.places.join('，'),
    },
  };
}

export const emptyFormState = (): FormState => formStateOf(emptyFilters(), DEFAULT_FREQUENCY, null);

export const formStateOfSubscription = (s: Subscription): FormState => formStateOf(s.filters, s.frequency, s.name, s.email);

const strings = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
const text = (v: unknown): string => strings(v).join('，');

/** A posted form as it was typed: nothing dropped, nothing normalised (shown again beside its errors). */
export function formStateOfPost(body: Record<string, unknown>): FormState {
  const codes = pickerCodes();
  const areas = strings(body.jurisdictions);
  return {
    email: text(body.email),
    name: text(body.name),
    frequency: text(body.frequency),
    categories: strings(body.categories),
    subtypes: strings(body.subtypes),
    pickedAreas: areas.filter((a) => codes.has(a)),
    otherAreas: areas.filter((a) => !codes.has(a)).join('，'),
    texts: {
      issuers: text(body.issuers),
      keywordsAny: text(body.keywordsAny),
      keywordsAll: text(body.keywordsAll),
      keywordsExcluded: text(body.keywordsExcluded),
      places: text(body.places),
    },
  };
}
