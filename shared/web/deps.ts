/** What the document, change and source pages and the JSON API read: built per request by functions/runtime/web-deps.ts. */
import type { ChangeFeedReader } from '../store/change-feed.ts';
import type { DocumentHistoryReader } from '../store/document-history.ts';
import type { BlobStore, ChangeRepository, IssueRepository, SourceRepository } from '../store/ports.ts';
import type { RateLimitHit } from '../subscribe/ports.ts';

export interface WebDeps {
  documents: DocumentHistoryReader;
  changes: Pick<ChangeRepository, 'get'>;
  feed: ChangeFeedReader;
  issues: Pick<IssueRepository, 'get' | 'listBySource'>;
  sources: Pick<SourceRepository, 'get' | 'getHealth'>;
  blobs: Pick<BlobStore, 'getText'>;
  /** Where the pages are served (absolute links in API answers). */
  publicBaseUrl: string;
  /** Where archived originals, texts and diffs are served. */
  archiveBaseUrl: string;
  now: () => Date;
  /** Counts one request of this client against the API's per-client limit. */
  rateLimit: (sourceIp: string) => Promise<RateLimitHit>;
}
