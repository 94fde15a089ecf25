/** The api function's route list: the JSON API, loaded by the first request under /api/, answers exactly those paths. */
import { describe, expect, it } from 'vitest';
import { isJsonApiPath } from '../../../../functions/runtime/api-routes.ts';
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
