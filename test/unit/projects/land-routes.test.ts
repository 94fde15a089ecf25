import { describe, expect, it } from 'vitest';
import { handleLandRoute, isLandRoute, type LandRouteDeps } from '../../../shared/projects/land-routes.ts';

const request = (method: string, path: string) => ({ method, path, rawQuery: '', headers: {}, body: null, sourceIp: '127.0.0.1' });
const none = async () => null;
const deps = (allow = true): LandRouteDeps =>
  ({
    projects: { get: none, listProjects: async () => [], listStages: async () => [], projectOfDocument: none, getStage: none },
    changes: { get: none, listByDay: async () => [] },
    issues: { get: none },
    subscribers: { get: none },
    tokenSecret: 'x'.repeat(20),
    publicBaseUrl: 'http://gw',
    archiveBaseUrl: 'http://gw/archive',
    now: () => new Date('2024-01-01T00:00:00Z'),
    allow: async () => allow,
  }) as unknown as LandRouteDeps;

describe('land routes', () => {
  it('claims only its own paths', () => {
    expect(isLandRoute('/projects')).toBe(true);
    expect(isLandRoute('/projects/P1')).toBe(true);
    expect(isLandRoute('/evidence/c1')).toBe(true);
    expect(isLandRoute('/calendar/doc/c1.ics')).toBe(true);
    expect(isLandRoute('/calendar/abc.def.ics')).toBe(true);
    expect(isLandRoute('/preferences')).toBe(false);
    expect(isLandRoute('/projects/P1/x')).toBe(false);
  });

  it('answers 404 for unknown projects, documents and feed tokens, 405 for POST, 429 over the rate limit', async () => {
    expect((await handleLandRoute(request('GET', '/preferences'), deps()))).toBeNull();
    expect((await handleLandRoute(request('GET', '/projects/nope'), deps()))?.status).toBe(404);
    expect((await handleLandRoute(request('GET', '/evidence/nope'), deps()))?.status).toBe(404);
    expect((await handleLandRoute(request('GET', '/calendar/doc/nope.ics'), deps()))?.status).toBe(404);
    expect((await handleLandRoute(request('GET', '/calendar/Zm9v.bad.ics'), deps()))?.status).toBe(404);
    expect((await handleLandRoute(request('GET', '/evidence/%E0%A4%A'), deps()))?.status).toBe(404);
    expect((await handleLandRoute(request('POST', '/projects'), deps()))?.status).toBe(405);
    expect((await handleLandRoute(request('GET', '/projects'), deps(false)))?.status).toBe(429);
    const head = await handleLandRoute(request('HEAD', '/projects'), deps());
    expect(head?.status).toBe(200);
    expect(head?.body).toBe('');
    expect(head?.headers['content-security-policy']).toContain("default-src 'none'");
  });
});
