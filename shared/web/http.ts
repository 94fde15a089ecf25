/** Responses of the pages and the JSON API: the site's security headers, HTML in the page shell's CSP, JSON. */
import type { ApiRequest, ApiResponse } from '../subscribe/http-types.ts';
import { contentSecurityPolicy } from './page-shell.ts';

export const securityHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export const htmlResponse = (status: number, body: string, extra: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { ...securityHeaders, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy, ...extra },
  body,
});

export const jsonResponse = (status: number, body: unknown, extra: Record<string, string> = {}): ApiResponse => ({
  status,
  headers: { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', ...extra },
  body: JSON.stringify(body),
});

/** GET and HEAD only; HEAD answers without the body. */
export function readMethod(request: ApiRequest): 'GET' | 'HEAD' | null {
  const m = request.method.toUpperCase();
  return m === 'GET' || m === 'HEAD' ? m : null;
}

/** The path without trailing slashes, its segments decoded; null when a segment is not valid percent-encoding. */
export function pathSegments(path: string): string[] | null {
  try {
    return path.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
}
