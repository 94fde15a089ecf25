/**
 * The api function's route list: each part, loaded by the first request under its first path segments,
 * answers nothing outside them (so no other request loads it); the JSON API answers exactly /api and below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSegments, isJsonApiPath, routeParts, type RouteRuntime } from '../../../../functions/runtime/api-routes.ts';
import type { SubscribeDeps } from '../../../../shared/subscribe/deps.ts';
import type { ApiDeps } from '../../../../shared/api/deps.ts';
import { handleJsonApi } from '../../../../shared/api/router.ts';
import { apiPaths, pagePaths } from '../../../../shared/web/urls.ts';

const documentKey = 'n:0123456789abcdef0123456789abcdef';
/** No dependency is reached: a POST is refused (405) or the path is unknown (404) before anything is read. */
const unused = new Proxy({} as ApiDeps, { get: () => { throw new Error('a dependency was used'); } });

describe('isJsonApiPath', () => {
  const paths = [
    apiPaths.changes,
    apiPaths.document(documentKey),
    apiPaths.versions(documentKey),
    apiPaths.openapi,
    '/api',
    '/api/',
    '/api/nothing-here',
    '/api//changes/',
    '/apis',
    '/api-docs',
    '/',
    '/preferences',
    '/feeds/category/land.atom',
    pagePaths.document(documentKey),
    '/projects',
  ];

  it.each(paths)('%s: the gate opens exactly where the JSON API answers', async (path) => {
    const answer = await handleJsonApi({ method: 'POST', path, rawQuery: '', headers: {}, body: null, sourceIp: '192.0.2.1' }, unused);
    expect(isJsonApiPath(path)).toBe(answer !== null);
  });
});

/**
 * Stands in for the runtime and the subscription deps: any property is another stand-in and any call returns
 * one, so building a part's deps never throws — and a handler that went on to read anything would not
 * answer null. Never a thenable (`await` of it is the value itself).
 */
function standIn(): unknown {
  const fn = () => proxy;
  const proxy: unknown = new Proxy(fn, { get: (_t, key) => (key === 'then' ? undefined : proxy), apply: () => proxy });
  return proxy;
}

describe('route parts', () => {
  const known = ['/', '/preferences', '/subscribe', '/confirm', '/unsubscribe', '/archive/raw/x.pdf', '/feeds/category/land.atom', pagePaths.document(documentKey), '/changes/abc', '/sources/s-1', '/projects', '/projects/p-1', '/evidence/e-1', '/calendar/p-1.ics', apiPaths.changes, '/api'];
  const rt = standIn() as RouteRuntime;
  const sub = standIn() as SubscribeDeps;

  it.each(routeParts.map((p) => [p.segments.join(', '), p] as const))('%s: no answer outside its first segments', async (_name, part) => {
    const handler = await part.load();
    const outside = (path: string) => !firstSegments(path).some((s) => part.segments.includes(s));
    for (const path of known.filter(outside)) {
      expect(await handler({ method: 'GET', path, rawQuery: '', headers: {}, body: null, sourceIp: '192.0.2.1' }, rt, sub), path).toBeNull();
    }
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.webSegment(), fc.constantFrom(...routeParts.flatMap((p) => p.segments))), { minLength: 1, maxLength: 4 }), async (segments) => {
        const path = `/${segments.join('/')}`;
        fc.pre(outside(path));
        expect(await handler({ method: 'GET', path, rawQuery: '', headers: {}, body: null, sourceIp: '192.0.2.1' }, rt, sub)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('the parts own distinct segments, and a path is routed by its first segment as sent or decoded', () => {
    const all = routeParts.flatMap((p) => p.segments);
    expect(new Set(all).size).toBe(all.length);
    expect(firstSegments('/documents/k/versions')).toEqual(['documents', 'documents']);
    expect(firstSegments('/%64ocuments/k')).toEqual(['%64ocuments', 'documents']);
    expect(firstSegments('/%E0%A4%A/x')).toEqual(['%E0%A4%A']);
    expect(firstSegments('/')).toEqual(['', '']);
  });
});
