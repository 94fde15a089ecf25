import type { HttpResponse } from '../http-client.ts';

/** One issue a discovery strategy found: a PDF or a document page to fetch. */
export interface DiscoveredIssue {
  url: string;
  /** Link text or item title; null when the publisher gives none. */
  title: string | null;
  /** When the publisher dated it (feed pubDate/updated, a dated URL's day), ISO 8601; null when unknown. */
  publishedAt: string | null;
  /** True for guessed URLs (dated-url): a 404 means "nothing published that day", not a failure. */
  mayBeAbsent: boolean;
}

/** HTTP validators of an index page or feed, kept in the source's health for conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type DiscoveryResult =
  | { status: 'not-modified' }
  | {
      status: 'found';
      issues: DiscoveredIssue[];
      /** Validators to remember for the next run; null when the strategy has no index to validate. */
      validators: Validators | null;
    };

/** What a strategy may use: the paced, retried GET of the fetch stage and the previous run's validators. */
export interface DiscoveryContext {
  get: (url: string, headers?: Record<string, string>) => Promise<HttpResponse>;
  previous: Validators;
  now: Date;
  /** robots.txt for pages beyond the entry page (further list pages, detail pages); absent = allowed. */
  allows?: (url: string) => Promise<boolean>;
}

/** Whether the strategy may read a further page of the source. */
export const mayRead = async (ctx: DiscoveryContext, url: string): Promise<boolean> => (ctx.allows ? ctx.allows(url) : true);

/** GET with If-None-Match / If-Modified-Since from the previous run; null on 304. */
export async function conditionalGet(ctx: DiscoveryContext, url: string): Promise<HttpResponse | null> {
  const headers: Record<string, string> = {};
  if (ctx.previous.etag) headers['if-none-match'] = ctx.previous.etag;
  if (ctx.previous.lastModified) headers['if-modified-since'] = ctx.previous.lastModified;
  const res = await ctx.get(url, headers);
  return res.status === 304 ? null : res;
}

export const validatorsOf = (res: HttpResponse): Validators => ({
  etag: res.headers.get('etag'),
  lastModified: res.headers.get('last-modified'),
});
