/** The land pages' dependencies over the API runtime (projects, changes, issues, subscribers; the API's rate limit). */
import type { LandRouteDeps } from '../../shared/projects/land-routes.ts';
import { DynamoChangeRepository } from '../../shared/store/dynamo/change-repository.ts';
import { DynamoIssueRepository } from '../../shared/store/dynamo/issue-repository.ts';
import { DynamoProjectRepository } from '../../shared/store/dynamo/project-repository.ts';
import type { SubscribeDeps } from '../../shared/subscribe/deps.ts';
import { checkRate, clientKey } from '../../shared/subscribe/rate-limit.ts';
import type { Runtime } from './core.ts';

export function landRouteDeps(rt: Pick<Runtime, 'config' | 'db' | 'now' | 'archiveBaseUrl'>, subscribe: SubscribeDeps): LandRouteDeps {
  const t = rt.config.tables;
  const rule = subscribe.limits.client;
  return {
    projects: new DynamoProjectRepository(rt.db, t.projects),
    changes: new DynamoChangeRepository(rt.db, t.changes),
    issues: new DynamoIssueRepository(rt.db, t.issues),
    subscribers: subscribe.subscribers,
    tokenSecret: rt.config.tokenSecret,
    publicBaseUrl: rt.config.publicBaseUrl,
    archiveBaseUrl: rt.archiveBaseUrl,
    now: rt.now,
    allow: async (ip) => (await checkRate(subscribe.rateLimits, rule, clientKey(rule, ip), rt.now())).allowed,
  };
}
