import { sourceSchema, type Source } from '../../../../shared/model/source.ts';
import type { Representation } from '../routes.ts';

/** One CMS family as the sample site publishes it: its pages, and how the product is configured to read them. */
export interface FixtureFamily {
  /** URL prefix of the family's pages: /families/{id}/… */
  id: string;
  /** What a URL (path and query) serves, or null when the family has no such page. */
  serve(url: URL, baseUrl: string): Representation | null;
  /** The source definitions that read the family (one, or two for the reposted document). */
  sources(baseUrl: string): Source[];
  /** The page `gw sources probe` is pointed at. */
  probePath: string;
  /** Paths of every issue the family publishes (what its discovery must find), newest first. */
  issuePaths: readonly string[];
}

const day = (iso: string): Date => new Date(`${iso}T10:00:00+08:00`);

export const htmlAt = (text: string, published: string): Representation => ({
  status: 200,
  contentType: 'text/html; charset=UTF-8',
  body: Buffer.from(text, 'utf8'),
  lastModified: day(published),
});

export const jsonAt = (value: unknown, published: string): Representation => ({
  status: 200,
  contentType: 'application/json; charset=UTF-8',
  body: Buffer.from(JSON.stringify(value), 'utf8'),
  lastModified: day(published),
});

export const bytesAt = (body: Buffer, contentType: string, published: string): Representation => ({ status: 200, contentType, body, lastModified: day(published) });

/** A loopback source: no politeness wait needed. */
export const fixtureSource = (definition: Record<string, unknown>): Source =>
  sourceSchema.parse({ ...definition, politeness: { minIntervalMs: 0, maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000 }, unverified: false });
