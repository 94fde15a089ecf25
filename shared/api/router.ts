/**
 * The JSON API under /api/: matches a request to one of `apiRoutes` (or the OpenAPI document), counts it
 * against the per-client rate limit, validates path and query with zod, and answers JSON — errors as
 * { ok: false, error: { code, message, issues } } with the message in Chinese, then English.
 */
import type { ApiRequest, ApiResponse } from '../subscribe/http-types.ts';
import { jsonResponse, readMethod } from '../web/http.ts';
import { apiPaths } from '../web/urls.ts';
import { ApiRequestError, badInput } from './api-error.ts';
import type { ApiDeps } from './deps.ts';
import { openApiDocument } from './openapi.ts';
import { apiRoutes, type ApiRoute } from './routes.ts';

/** A path template's segments matched against a path: the parameters, or null. */
function matchPath(template: string, path: string): Record<string, string> | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const m = /^\{(\w+)\}$/.exec(part);
    if (m) {
      try {
        params[m[1]!] = decodeURIComponent(got[i]!);
      } catch {
        return null;
      }
    } else if (part !== got[i]) return null;
  }
  return params;
}

/** Repeated query parameters are refused: each takes one value. */
function queryObject(rawQuery: string): Record<string, string> {
  const out: Record<string, string> = {};
  const params = new URLSearchParams(rawQuery);
  for (const [name, value] of params) {
    if (name in out) throw new ApiRequestError(400, 'bad-request', '请求参数有误 invalid query parameters', [{ field: name, message: `参数重复 given more than once: ${name}` }]);
    out[name] = value;
  }
  return out;
}

async function run(r: ApiRoute, params: Record<string, string>, request: ApiRequest, deps: ApiDeps): Promise<unknown> {
  const p = r.params.safeParse(params);
  if (!p.success) throw badInput(p.error, 'path');
  const q = r.query.safeParse(queryObject(request.rawQuery));
  if (!q.success) throw badInput(q.error, 'query');
  return r.handle({ query: q.data, params: p.data }, deps);
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export async function handleJsonApi(request: ApiRequest, deps: ApiDeps): Promise<ApiResponse | null> {
  const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
  if (!isApiPath(path)) return null;
  const method = readMethod(request);
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const response = jsonResponse(status, body, headers);
    return method === 'HEAD' ? { ...response, body: '' } : response;
  };
  try {
    const found = apiRoutes.map((r) => ({ r, params: matchPath(r.path, path) })).find((m) => m.params !== null);
    if (!found && path !== apiPaths.openapi) throw new ApiRequestError(404, 'not-found', `没有这个接口 no such API route: ${path}（见 see ${apiPaths.openapi}）`);
    if (!method) throw new ApiRequestError(405, 'method-not-allowed', '只支持 GET method not allowed: use GET', [], { allow: 'GET, HEAD' });
    const hit = await deps.rateLimit(request.sourceIp);
    if (!hit.allowed) {
      throw new ApiRequestError(429, 'rate-limited', `请求过于频繁，请 ${hit.retryAfterSeconds} 秒后再试 too many requests, retry in ${hit.retryAfterSeconds} s`, [], {
        'retry-after': String(hit.retryAfterSeconds),
      });
    }
    if (!found) return answer(200, openApiDocument(deps.publicBaseUrl), { 'cache-control': 'public, max-age=300' });
    return answer(200, await run(found.r, found.params!, request, deps));
  } catch (err) {
    if (!(err instanceof ApiRequestError)) throw err;
    return answer(err.status, { ok: false, error: { code: err.code, message: err.message, ...(err.issues.length > 0 ? { issues: err.issues } : {}) } }, err.headers);
  }
}
