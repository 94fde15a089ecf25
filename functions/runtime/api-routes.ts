/**
 * THE list of the api function's route modules, tried in order; the subscription router (shared/subscribe/router.ts)
 * answers every path none of them owns. A new part of the site is one line here: a module that answers its own
 * paths and returns null for the rest.
 */
import { handleFeedRoute } from '../../shared/feeds/feed-routes.ts';
import { handleLandRoute } from '../../shared/projects/land-routes.ts';
import type { ApiRequest, ApiResponse } from '../../shared/subscribe/http-types.ts';
import type { SubscribeDeps } from '../../shared/subscribe/deps.ts';
import { htmlResponse, jsonResponse } from '../../shared/web/http.ts';
import { archivePage } from '../../shared/web/pages/parts.ts';
import { handlePageRoute } from '../../shared/web/router.ts';
import { html } from '../../shared/web/html.ts';
import type { Runtime } from './core.ts';
import { feedRouteDeps } from './feed-routes.ts';
import { landRouteDeps } from './land-routes.ts';
import { webDeps } from './web-deps.ts';

export type RouteRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'now' | 'archiveBaseUrl'>;
export type RouteModule = (request: ApiRequest, rt: RouteRuntime, subscribe: SubscribeDeps) => Promise<ApiResponse | null>;

/** Paths of the JSON API: /api and below (shared/api/router.ts answers exactly these). */
export const isJsonApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * The JSON API's module is loaded by the first request under /api/ (a dynamic import, kept in the same bundle
 * file): its zod schemas with their OpenAPI metadata and the cursor signing are built at that module's load,
 * which no page, feed or subscription request needs (issue 20, bench/suites/bundle.ts).
 */
let jsonApi: Promise<typeof import('../../shared/api/router.ts')> | undefined;
const loadJsonApi = () => (jsonApi ??= import('../../shared/api/router.ts'));

export const routeModules: readonly RouteModule[] = [
  (req, rt, sub) => handleLandRoute(req, landRouteDeps(rt, sub)),
  (req, rt, sub) => handleFeedRoute(req, feedRouteDeps(rt, sub)),
  (req, rt, sub) => handlePageRoute(req, webDeps(rt, sub)),
  async (req, rt, sub) => (isJsonApiPath(req.path) ? (await loadJsonApi()).handleJsonApi(req, webDeps(rt, sub)) : null),
];

const internalMessage = '服务暂时出错，请稍后再试 something went wrong on our side, please try again later';

/** The first module's answer; an unexpected failure is reported and answered 500 in the client's format. */
export async function routeRequest(request: ApiRequest, rt: RouteRuntime, subscribe: SubscribeDeps, reportError: (err: unknown) => void): Promise<ApiResponse | null> {
  for (const module of routeModules) {
    try {
      const response = await module(request, rt, subscribe);
      if (response) return response;
    } catch (err) {
      reportError(err);
      return request.path.startsWith('/api/')
        ? jsonResponse(500, { ok: false, error: { code: 'internal', message: internalMessage } })
        : htmlResponse(500, archivePage('出错了', html`<h1>出错了</h1><p>${internalMessage}</p>`));
    }
  }
  return null;
}
