/** Test helpers: change fixtures (validated against the contract) and subscriptions. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { changeRecordSchema, type ChangeRecord } from '../../../shared/model/change.ts';
import { subscriptionSchema, type Filters, type Subscription } from '../../../shared/model/subscription.ts';
import type { MailLinks } from '../../../shared/notify/mail-types.ts';

export const changesDir = fileURLToPath(new URL('../../fixtures/changes/', import.meta.url));

export function changeFixtureNames(): string[] {
  return readdirSync(changesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
}

export function loadChange(name: string): ChangeRecord {
  return changeRecordSchema.parse(JSON.parse(readFileSync(`${changesDir}${name}.json`, 'utf8')));
}

export function subscription(filters: Partial<Filters> = {}, overrides: Partial<Subscription> = {}): Subscription {
  return subscriptionSchema.parse({
    subscriberId: 'sub-1',
    email: 'lawyer@example.com',
    name: '王律师',
    status: 'active',
    filters,
    frequency: 'daily',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  });
}

export const links: MailLinks = {
  unsubscribeUrl: 'https://watch.example.com/unsubscribe?t=tok-unsub',
  preferencesUrl: 'https://watch.example.com/preferences?t=tok-prefs',
  archiveUrl: (key) => `https://watch.example.com/archive/${encodeURIComponent(key)}`,
  diffUrl: (key) => `https://watch.example.com/diff/${encodeURIComponent(key)}`,
};
