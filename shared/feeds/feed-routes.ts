/**
 * The API's Atom feeds (issue 17): GET/HEAD /feeds/{token}.atom (a subscriber's private feed; the token is
 * revocable, see feed-token.ts), /feeds/area/{code}.atom and /feeds/category/{category}.atom (public).
 * null for paths that are not theirs, so the router tries the next route module.
 */
import type { ChangeRepository, SubscriberRepository } from '../store/ports.ts';
import type { ApiRequest, ApiResponse } from '../subscribe/http-types.ts';
import { buildAtom } from './build-atom.ts';
import { checkFeedToken } from './feed-token.ts';
import { areaSelection, categorySelection, subscriberSelection, type FeedSelection } from './feeds.ts';
import { recentChanges } from './recent-changes.ts';

export interface FeedRouteDeps {
  changes: Pick<ChangeRepository, 'listByDay'>;
  subscribers: Pick<SubscriberRepository, 'get'>;
  tokenSecret: string;
  publicBaseUrl: string;
  now: () => Date;
  /** The API's per-client rate limit: false when this client is over it. */
  allow: (sourceIp: string) => Promise<boolean>;
}

const ROUTE = /^\/feeds\/(?:(area|category)\/)?([^/]{1,600})\.atom$/;

const plain = (status: number, body: string, extra: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra },
  body,
});

export function isFeedRoute(path: string): boolean {
  return ROUTE.test(path);
}

async function selectionFor(kind: string | undefined, name: string, deps: FeedRouteDeps): Promise<{ selection: FeedSelection; isPrivate: boolean } | null> {
  if (kind === 'area') {
    const selection = areaSelection(name);
    return selection ? { selection, isPrivate: false } : null;
  }
  if (kind === 'category') {
    const selection = categorySelection(name);
    return selection ? { selection, isPrivate: false } : null;
  }
  const token = checkFeedToken(deps.tokenSecret, name);
  if (!token) return null;
  const subscription = await deps.subscribers.get(token.subscriberId);
  if (!subscription || subscription.status !== 'active' || (subscription.feedGeneration ?? 0) !== token.generation) return null;
  return { selection: subscriberSelection(subscription, `/feeds/${name}.atom`), isPrivate: true };
}

export async function handleFeedRoute(request: ApiRequest, deps: FeedRouteDeps): Promise<ApiResponse | null> {
  const m = ROUTE.exec(request.path);
  if (!m) return null;
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return plain(405, '只支持 GET method not allowed', { allow: 'GET, HEAD' });
  if (!(await deps.allow(request.sourceIp))) return plain(429, '请求过于频繁，请稍后再试 too many requests', { 'retry-after': '60' });
  const found = await selectionFor(m[1], m[2]!, deps);
  if (!found) return plain(404, '未找到该订阅源（链接有误或已失效）feed not found or revoked');
  const now = deps.now();
  const changes = (await recentChanges(deps.changes, now)).filter(found.selection.matches);
  const body = buildAtom({ title: found.selection.title, path: found.selection.path, idPath: found.selection.idPath, publicBaseUrl: deps.publicBaseUrl, changes, now });
  return {
    status: 200,
    headers: {
      'content-type': 'application/atom+xml; charset=utf-8',
      'cache-control': found.isPrivate ? 'private, max-age=300' : 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      ...(found.isPrivate ? { 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' } : {}),
    },
    body: method === 'HEAD' ? '' : body,
  };
}
