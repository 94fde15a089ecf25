/** The document/change/source pages' and the JSON API's dependencies over the API runtime (reads only; the API's rate limit). */
import type { ApiDeps } from '../../shared/api/deps.ts';
import { DynamoChangeFeed } from '../../shared/store/dynamo/change-feed.ts';
import { DynamoChangeRepository } from '../../shared/store/dynamo/change-repository.ts';
import { DynamoDocumentHistory } from '../../shared/store/dynamo/document-history.ts';
import { DynamoIssueRepository } from '../../shared/store/dynamo/issue-repository.ts';
import { DynamoSourceRepository } from '../../shared/store/dynamo/source-repository.ts';
import { S3BlobStore } from '../../shared/store/s3-blob-store.ts';
import type { SubscribeDeps } from '../../shared/subscribe/deps.ts';
import { checkRate, clientKey } from '../../shared/subscribe/rate-limit.ts';
import type { Runtime } from './core.ts';

/** The stored reads alone (the CLI uses these: it has no rate limit). */
export function webReads(rt: Pick<Runtime, 'config' | 'db' | 's3' | 'now' | 'archiveBaseUrl'>): Omit<ApiDeps, 'rateLimit'> {
  const t = rt.config.tables;
  return {
    documents: new DynamoDocumentHistory(rt.db, t.documents),
    changes: new DynamoChangeRepository(rt.db, t.changes),
    feed: new DynamoChangeFeed(rt.db, t.changes),
    issues: new DynamoIssueRepository(rt.db, t.issues),
    sources: new DynamoSourceRepository(rt.db, t.sources),
    blobs: new S3BlobStore(rt.s3, rt.config.bucket),
    publicBaseUrl: rt.config.publicBaseUrl,
    archiveBaseUrl: rt.archiveBaseUrl,
    now: rt.now,
    cursorSecret: rt.config.tokenSecret,
  };
}

export function webDeps(rt: Pick<Runtime, 'config' | 'db' | 's3' | 'now' | 'archiveBaseUrl'>, subscribe: SubscribeDeps): ApiDeps {
  const rule = subscribe.limits.client;
  return { ...webReads(rt), rateLimit: (ip) => checkRate(subscribe.rateLimits, rule, clientKey(rule, ip), rt.now()) };
}
