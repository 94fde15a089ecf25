/**
 * THE list of the api function's route modules, tried in order; the subscription router (shared/subscribe/router.ts)
 * answers every path none of them owns. A new part of the site is one line here: a module that answers its own
 * paths and returns null for the rest.
 */
import type { ApiRequest, ApiResponse } from '../../shared/subscribe/http-types.ts';
import type { SubscribeDeps } from '../../shared/subscribe/deps.ts';
import { htmlResponse, jsonResponse } from '../../shared/web/http.ts';
import { archivePage } from '../../shared/web/pages/parts.ts';
import { html } from '../../shared/web/html.ts';
import { lazy, type Runtime } from './core.ts';

export type RouteRuntime = Pick<Runtime, 'config' | 'db' | 's3' | 'now' | 'archiveBaseUrl'>;
export type RouteModule = (request: ApiRequest, rt: RouteRuntime, subscribe: SubscribeDeps) => Promise<ApiResponse | null>;

/** Paths of the JSON API: /api and below (shared/api/router.ts answers exactly these). */
export const isJsonApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * A part of the site: the first path segments it may answer and its handler. The segments are a superset —
 * the handler still returns null for the paths of them that are not its own, and the next part is tried —
 * so a request elsewhere never loads it (test/unit/functions/runtime/api-routes.test.ts checks each handler
 * answers nothing outside its segments).
 *
 * Each handler is loaded by the first request to its part (a dynamic import: with code splitting, a chunk of
 * the api bundle, infra/bundling.ts), so a cold start loads the code of the part its request asks for and not
 * the others': the land timelines and calendars, the feeds, the document pages with their diff views, the
 * JSON API with its OpenAPI schemas. Measured with callgrind (bench/import-instructions.ts): the api bundle's
 * import 398 M → 381 M instructions; 194 of its 942 KB are no longer loaded at start-up (what the parts share
 * with the subscription router, the SDK clients above all, still is).
 */
export interface RoutePart {
  segments: readonly string[];
  load: () => Promise<RouteModule>;
}

const routePart = (segments: readonly string[], load: () => Promise<RouteModule>): RoutePart => ({ segments, load: lazy(load) });

/**
 * The first segment of a path as sent and as decoded (`/documents/k` → documents; `/%64ocuments/k` → both
 * forms): the page router matches decoded segments, the others the raw path, and a part is tried for either.
 */
export function firstSegments(path: string): string[] {
  const raw = path.split('/', 2)[1] ?? '';
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}

export const routeParts: readonly RoutePart[] = [
  routePart(['projects', 'evidence', 'calendar'], async () => {
    const [{ handleLandRoute }, { landRouteDeps }] = await Promise.all([import('../../shared/projects/land-routes.ts'), import('./land-routes.ts')]);
    return (req, rt, sub) => handleLandRoute(req, landRouteDeps(rt, sub));
  }),
  routePart(['feeds'], async () => {
    const [{ handleFeedRoute }, { feedRouteDeps }] = await Promise.all([import('../../shared/feeds/feed-routes.ts'), import('./feed-routes.ts')]);
    return (req, rt, sub) => handleFeedRoute(req, feedRouteDeps(rt, sub));
  }),
  routePart(['documents', 'changes', 'sources'], async () => {
    const [{ handlePageRoute }, { webDeps }] = await Promise.all([import('../../shared/web/router.ts'), import('./web-deps.ts')]);
    return (req, rt, sub) => handlePageRoute(req, webDeps(rt, sub));
  }),
  routePart(['api'], async () => {
    const [{ handleJsonApi }, { webDeps }] = await Promise.all([import('../../shared/api/router.ts'), import('./web-deps.ts')]);
    return async (req, rt, sub) => (isJsonApiPath(req.path) ? handleJsonApi(req, webDeps(rt, sub)) : null);
  }),
];

/** Each part as a route module: null without loading anything for a path outside its segments. */
export const routeModules: readonly RouteModule[] = routeParts.map(
  (part): RouteModule =>
    async (req, rt, sub) =>
      firstSegments(req.path).some((seg) => part.segments.includes(seg)) ? (await part.load())(req, rt, sub) : null,
);

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
