/**
 * The subscription API and pages over one request: routing, content negotiation (JSON in → JSON out,
 * forms and browsers → HTML), rate limits, input validation, and errors as 4xx with a message in
 * Chinese and English. Independent of API Gateway: functions/api.ts and the local server adapt to it.
 */
import type { z } from 'zod';
import type { Subscription } from '../model/subscription.ts';
import { mailLinksFor } from '../stages/mail-links.ts';
import type { SubscribeDeps } from './deps.ts';
import { ApiError, methodNotAllowed, notFound, rateLimited, tooLarge, type ApiIssue } from './errors.ts';
import { MAX_BODY_BYTES, type ApiRequest, type ApiResponse } from './http-types.ts';
import { checkConfirmToken, confirm, readForUnsubscribe, readPreferences, unsubscribe, updatePreferences } from './manage.ts';
import { contentSecurityPolicy } from './pages/layout.ts';
import {
  confirmedPage,
  confirmPage,
  errorPage,
  preferencesPage,
  subscribeAcceptedPage,
  subscribePage,
  unsubscribedPage,
  unsubscribePage,
} from './pages/pages.ts';
import { addressKey, checkRate, clientKey } from './rate-limit.ts';
import { bodyObject, parseBody, type ParsedBody } from './request-body.ts';
import { formDefaults, oneClickSchema, preferenceFieldsSchema, subscribeInputSchema, tokenSchema } from './schemas.ts';
import { subscribe } from './subscribe.ts';

type Method = 'GET' | 'POST';

interface Context {
  request: ApiRequest;
  query: URLSearchParams;
  body: ParsedBody;
  json: boolean;
  deps: SubscribeDeps;
}

type Reply = { status: number; json: unknown; html: () => string };
type Route = (ctx: Context) => Promise<Reply>;

const SUBSCRIBE_ANSWER = {
  ok: true,
  message: '如果这个邮箱可以订阅，我们已发送确认邮件，请在 3 天内点击其中的链接 if this address can subscribe, a confirmation mail is on its way: open its link within 3 days',
};

export function publicSubscription(s: Subscription) {
  return { email: s.email, name: s.name, status: s.status, frequency: s.frequency, filters: s.filters, language: s.language, timeZone: s.timeZone };
}

function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ApiError(400, 'bad-request', '输入有误，请检查后重试 invalid input: please check and try again', { issues: issuesOf(parsed.error) });
  }
  return parsed.data as z.infer<T>;
}

/** The link token: from the query (links in mails, form actions) or else the body (JSON clients). */
function tokenOf(ctx: Context): string {
  const fromQuery = ctx.query.get('token');
  const fromBody = ctx.body.kind === 'none' ? undefined : bodyObject(ctx.body).token;
  return validate(tokenSchema, fromQuery ?? fromBody);
}

/** Body fields for a schema: a form sends every field (an unticked group sends none). */
function fields(ctx: Context): Record<string, unknown> {
  const value = bodyObject(ctx.body);
  delete value.token;
  return ctx.body.kind === 'form' ? formDefaults(value) : value;
}

function linksFor(subscriberId: string, deps: SubscribeDeps) {
  return mailLinksFor(subscriberId, { publicBaseUrl: deps.publicBaseUrl, tokenSecret: deps.tokenSecret, archiveBaseUrl: deps.archiveBaseUrl, now: deps.now });
}

/** Page links relative to the page, so they work under whatever base the pages are served from. */
function relative(url: string): string {
  const u = new URL(url);
  return `${u.pathname.split('/').pop() ?? ''}${u.search}`;
}

const routes: Record<string, Partial<Record<Method, Route>>> = {
  '/': {
    GET: async () => ({ status: 200, json: { ok: true, message: '订阅请 POST /subscribe use POST /subscribe' }, html: subscribePage }),
  },
  '/subscribe': {
    POST: async (ctx) => {
      const input = validate(subscribeInputSchema, fields(ctx));
      const { deps } = ctx;
      const hit = await checkRate(deps.rateLimits, deps.limits.address, addressKey(deps.limits.address, input.email), deps.now());
      if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
      await subscribe(input, deps);
      return { status: 202, json: SUBSCRIBE_ANSWER, html: subscribeAcceptedPage };
    },
  },
  '/confirm': {
    GET: async (ctx) => {
      const token = tokenOf(ctx);
      const s = await checkConfirmToken(token, ctx.deps);
      return { status: 200, json: { ok: true, subscription: publicSubscription(s), confirmWith: 'POST /confirm' }, html: () => confirmPage(token, s) };
    },
    POST: async (ctx) => {
      const s = await confirm(tokenOf(ctx), ctx.deps);
      const links = linksFor(s.subscriberId, ctx.deps);
      return {
        status: 200,
        json: { ok: true, subscription: publicSubscription(s), preferencesUrl: links.preferencesUrl, unsubscribeUrl: links.unsubscribeUrl },
        html: () => confirmedPage(s, { preferences: relative(links.preferencesUrl), unsubscribe: relative(links.unsubscribeUrl) }),
      };
    },
  },
  '/preferences': {
    GET: async (ctx) => {
      const token = tokenOf(ctx);
      const s = await readPreferences(token, ctx.deps);
      const links = linksFor(s.subscriberId, ctx.deps);
      return { status: 200, json: { ok: true, subscription: publicSubscription(s) }, html: () => preferencesPage(token, s, { unsubscribe: relative(links.unsubscribeUrl) }) };
    },
    POST: async (ctx) => {
      const token = tokenOf(ctx);
      const update = validate(preferenceFieldsSchema, fields(ctx));
      const s = await updatePreferences(token, update, ctx.deps);
      const links = linksFor(s.subscriberId, ctx.deps);
      return {
        status: 200,
        json: { ok: true, subscription: publicSubscription(s) },
        html: () => preferencesPage(token, s, { unsubscribe: relative(links.unsubscribeUrl) }, true),
      };
    },
  },
  '/unsubscribe': {
    // RFC 8058: a GET (a mail scanner following the link) only shows the page; it never unsubscribes.
    GET: async (ctx) => {
      const token = tokenOf(ctx);
      const s = await readForUnsubscribe(token, ctx.deps);
      return { status: 200, json: { ok: true, subscription: s ? publicSubscription(s) : null }, html: () => unsubscribePage(token, s) };
    },
    POST: async (ctx) => {
      const token = tokenOf(ctx);
      if (ctx.body.kind !== 'json') validate(oneClickSchema, bodyObject(ctx.body));
      const s = await unsubscribe(token, ctx.deps);
      return { status: 200, json: { ok: true, status: s?.status ?? 'unsubscribed' }, html: () => unsubscribedPage(s) };
    },
  },
};

const commonHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function wantsJson(request: ApiRequest): boolean {
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) return true;
  const accept = (request.headers.accept ?? '').toLowerCase();
  return accept.includes('application/json') && !accept.includes('text/html');
}

function respond(json: boolean, status: number, jsonBody: unknown, htmlBody: () => string, extra: Record<string, string> = {}): ApiResponse {
  return json
    ? { status, headers: { ...commonHeaders, 'content-type': 'application/json; charset=utf-8', ...extra }, body: JSON.stringify(jsonBody) }
    : {
        status,
        headers: { ...commonHeaders, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy, ...extra },
        body: htmlBody(),
      };
}

/** Archived files may be read from these folders of the bucket only. */
const ARCHIVE_KEY = /^(raw|text|diffs)\/[^\0]+$/;

/**
 * GET /archive/{key}: a redirect to a short-lived link to the archived original (evidence), text or diff.
 * Rate-limited like every other route; keys outside the archive folders are 404.
 */
async function archiveRedirect(path: string, method: Method, request: ApiRequest, deps: SubscribeDeps, json: boolean): Promise<ApiResponse> {
  if (method !== 'GET') throw methodNotAllowed(['GET', 'HEAD']);
  const hit = await checkRate(deps.rateLimits, deps.limits.client, clientKey(deps.limits.client, request.sourceIp), deps.now());
  if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
  let key: string;
  try {
    key = path.slice('/archive/'.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    throw notFound();
  }
  if (!ARCHIVE_KEY.test(key) || key.split('/').includes('..')) throw notFound();
  const url = await deps.archive.signedUrl(key);
  if (!url) throw notFound();
  return respond(json, 302, { ok: true, url }, () => '', { location: url });
}

export interface RouterOptions {
  /** Called with unexpected failures (answered with 500). */
  reportError?: (err: unknown) => void;
}

export async function handleApiRequest(request: ApiRequest, deps: SubscribeDeps, options: RouterOptions = {}): Promise<ApiResponse> {
  const json = wantsJson(request);
  const isHead = request.method.toUpperCase() === 'HEAD';
  const method = (isHead ? 'GET' : request.method.toUpperCase()) as Method;
  try {
    const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
    if (path.startsWith('/archive/')) return await archiveRedirect(path, method, request, deps, json);
    const route = routes[path];
    if (!route) throw notFound();
    const handler = route[method];
    if (!handler) throw methodNotAllowed(Object.keys(route).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])));
    if (request.body && request.body.length > MAX_BODY_BYTES) throw tooLarge(MAX_BODY_BYTES);
    if (!(path === '/' && method === 'GET')) {
      const hit = await checkRate(deps.rateLimits, deps.limits.client, clientKey(deps.limits.client, request.sourceIp), deps.now());
      if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
      if (method === 'POST' && path === '/subscribe') {
        const sub = await checkRate(deps.rateLimits, deps.limits.clientSubscribe, clientKey(deps.limits.clientSubscribe, request.sourceIp), deps.now());
        if (!sub.allowed) throw rateLimited(sub.retryAfterSeconds);
      }
    }
    const ctx: Context = { request, query: new URLSearchParams(request.rawQuery), body: parseBody(request), json, deps };
    const reply = await handler(ctx);
    const response = respond(json, reply.status, reply.json, reply.html);
    return isHead ? { ...response, body: '' } : response;
  } catch (err) {
    if (err instanceof ApiError) {
      const issues = err.options.issues ?? [];
      return respond(
        json,
        err.status,
        { ok: false, error: { code: err.code, message: err.message, ...(issues.length > 0 ? { issues } : {}) } },
        () => errorPage(err.status, err.message, issues),
        err.options.headers,
      );
    }
    options.reportError?.(err);
    const message = '服务暂时出错，请稍后再试 something went wrong on our side, please try again later';
    return respond(json, 500, { ok: false, error: { code: 'internal', message } }, () => errorPage(500, message));
  }
}
