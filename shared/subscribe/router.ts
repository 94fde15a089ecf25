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
import { sendSubscribeMail } from './confirmation-mail.ts';
import { fieldErrors, issueList, type FieldErrors } from './form-errors.ts';
import { checkConfirmToken, confirm, readForUnsubscribe, readPreferences, unsubscribe, updatePreferences } from './manage.ts';
import { subscriberFeedUrl } from '../feeds/feed-token.ts';
import { webhookView } from '../webhooks/mask.ts';
import { actionNotices, applyWebhookAction, WebhookSettingsError, WebhookTargetRefused } from './manage-webhooks.ts';
import { resetFeedPost, webhookFormStateOfPost, webhookIssueList, webhookPost, type ParsedAction, type WebhookErrors, type WebhookFormState } from './webhook-form.ts';
import { formStateOfPost } from './pages/form-state.ts';
import { contentSecurityPolicy } from './pages/layout.ts';
import {
  confirmedPage,
  confirmPage,
  errorPage,
  expiredPreferencesPage,
  preferencesPage,
  type PreferencesLinks,
  renewSentPage,
  subscribeAcceptedPage,
  subscribePage,
  unsubscribedPage,
  unsubscribePage,
} from './pages/pages.ts';
import { addressKey, checkRate, clientKey } from './rate-limit.ts';
import { bodyObject, parseBody, type ParsedBody } from './request-body.ts';
import { formDefaults, oneClickSchema, preferenceFieldsSchema, subscribeInputSchema, tokenSchema } from './schemas.ts';
import { subscribe } from './subscribe.ts';
import { ExpiredLinkError, requireToken } from './token-access.ts';
import { latestMatching } from './welcome.ts';

/**
 * Every subscribe request is answered no sooner than this after it arrived, whatever the address:
 * a new one (a record written, a mail sent), an active one (a reminder sent) or a bounced one (nothing
 * done) take the same time to the outside (issue 15 item 9). Above the mail sender's usual latency.
 */
export const SUBSCRIBE_FLOOR_MS = 800;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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

/**
 * Runs a preferences read; an expired link becomes the page that offers a fresh one (browsers), or a
 * 403 that names the renew route (JSON clients).
 */
async function orExpiredPage(ctx: Context, token: string, read: () => Promise<Subscription>): Promise<{ value: Subscription } | { reply: Reply }> {
  try {
    return { value: await read() };
  } catch (err) {
    if (!(err instanceof ExpiredLinkError) || ctx.json) throw err;
    return { reply: { status: 403, json: null, html: () => expiredPreferencesPage(token) } };
  }
}

const SUBSCRIBE_ANSWER = {
  ok: true,
  message: '如果这个邮箱可以订阅，我们已发送确认邮件，请在 3 天内点击其中的链接 if this address can subscribe, a confirmation mail is on its way: open its link within 3 days',
};

export function publicSubscription(s: Subscription) {
  return { email: s.email, name: s.name, status: s.status, frequency: s.frequency, filters: s.filters, language: s.language, timeZone: s.timeZone };
}

const badInput = (errors: FieldErrors): ApiError =>
  new ApiError(400, 'bad-request', '输入有误，请检查后重试 invalid input: please check and try again', { issues: issueList(errors) as ApiIssue[] });

function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badInput(fieldErrors(parsed.error));
  return parsed.data as z.infer<T>;
}

/** A form's fields checked: the data, or the messages by field (a browser gets the form again). */
function checkForm<T extends z.ZodType>(schema: T, value: unknown): { ok: true; data: z.infer<T> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data as z.infer<T> } : { ok: false, errors: fieldErrors(parsed.error) };
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

/** The manage page's links: unsubscribe (relative), the private Atom feed of the current generation and the calendar feed. */
function manageLinks(s: Subscription, deps: SubscribeDeps): PreferencesLinks {
  const links = linksFor(s.subscriberId, deps);
  return { unsubscribe: relative(links.unsubscribeUrl), feeds: { atom: subscriberFeedUrl(deps.publicBaseUrl, deps.tokenSecret, s), calendar: links.calendarFeedUrl ?? null } };
}

/** What JSON clients get of the manage page's webhooks and feeds (masked as on the page). */
function manageJson(s: Subscription, deps: SubscribeDeps) {
  const links = manageLinks(s, deps);
  return { webhooks: (s.webhooks ?? []).map(webhookView), feedUrl: links.feeds?.atom ?? null, calendarFeedUrl: links.feeds?.calendar ?? null };
}

/**
 * A webhook or feed action posted from the manage page (token in the form's action, as every manage form):
 * the page again with what was done, or with the add form's messages (the address guard's verdict among them).
 */
async function manageAction(ctx: Context, actionOf: (posted: Record<string, unknown>) => ParsedAction): Promise<Reply> {
  const token = tokenOf(ctx);
  const current = await orExpiredPage(ctx, token, () => readPreferences(token, ctx.deps));
  if ('reply' in current) return current.reply;
  const posted = ctx.body.kind === 'none' ? {} : bodyObject(ctx.body);
  delete posted.token;
  const refused = (status: 400 | 409, errors: WebhookErrors, state?: WebhookFormState): Reply => {
    if (ctx.json) {
      const message = status === 409 ? (errors.form?.[0] ?? '') : '输入有误，请检查后重试 invalid input: please check and try again';
      throw new ApiError(status, status === 400 ? 'bad-request' : 'conflict', message, { issues: webhookIssueList(errors) });
    }
    return { status, json: null, html: () => preferencesPage(token, current.value, manageLinks(current.value, ctx.deps), { webhook: { errors, ...(state ? { state } : {}) } }) };
  };
  const parsed = actionOf(posted);
  if (!parsed.ok) return refused(400, parsed.errors, parsed.state);
  try {
    const { subscription, webhook } = await applyWebhookAction(current.value, parsed.action, ctx.deps);
    return {
      status: parsed.action.kind === 'add' ? 201 : 200,
      json: { ok: true, webhook: webhook ? webhookView(webhook) : null, ...manageJson(subscription, ctx.deps) },
      html: () => preferencesPage(token, subscription, manageLinks(subscription, ctx.deps), { notice: actionNotices[parsed.action.kind] }),
    };
  } catch (err) {
    const state = parsed.action.kind === 'add' ? webhookFormStateOfPost(posted) : undefined;
    if (err instanceof WebhookTargetRefused) return refused(400, { url: [err.message] }, state);
    if (err instanceof WebhookSettingsError) return refused(409, { form: [err.message] }, state);
    throw err;
  }
}

const routes: Record<string, Partial<Record<Method, Route>>> = {
  '/': {
    GET: async () => ({ status: 200, json: { ok: true, message: '订阅请 POST /subscribe use POST /subscribe' }, html: subscribePage }),
  },
  '/subscribe': {
    POST: async (ctx) => {
      const posted = fields(ctx);
      const checked = checkForm(subscribeInputSchema, posted);
      if (!checked.ok) {
        if (ctx.json) throw badInput(checked.errors);
        return { status: 400, json: null, html: () => subscribePage(formStateOfPost(posted), checked.errors) };
      }
      const input = checked.data;
      const { deps } = ctx;
      const hit = await checkRate(deps.rateLimits, deps.limits.address, addressKey(deps.limits.address, input.email), deps.now());
      if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
      const started = performance.now();
      try {
        await subscribe(input, deps);
      } finally {
        await sleep(Math.max(0, (deps.subscribeFloorMs ?? SUBSCRIBE_FLOOR_MS) - (performance.now() - started)));
      }
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
      const latest = ctx.deps.changes ? await latestMatching(s, ctx.deps.changes, ctx.deps.now()) : [];
      return {
        status: 200,
        json: { ok: true, subscription: publicSubscription(s), preferencesUrl: links.preferencesUrl, unsubscribeUrl: links.unsubscribeUrl, latest },
        html: () => confirmedPage(s, { preferences: relative(links.preferencesUrl), unsubscribe: relative(links.unsubscribeUrl) }, latest),
      };
    },
  },
  '/preferences': {
    GET: async (ctx) => {
      const token = tokenOf(ctx);
      const s = await orExpiredPage(ctx, token, () => readPreferences(token, ctx.deps));
      if ('reply' in s) return s.reply;
      return {
        status: 200,
        json: { ok: true, subscription: publicSubscription(s.value), ...manageJson(s.value, ctx.deps) },
        html: () => preferencesPage(token, s.value, manageLinks(s.value, ctx.deps)),
      };
    },
    POST: async (ctx) => {
      const token = tokenOf(ctx);
      const current = await orExpiredPage(ctx, token, () => readPreferences(token, ctx.deps));
      if ('reply' in current) return current.reply;
      const links = manageLinks(current.value, ctx.deps);
      const posted = fields(ctx);
      const checked = checkForm(preferenceFieldsSchema, posted);
      if (!checked.ok) {
        if (ctx.json) throw badInput(checked.errors);
        const state = { ...formStateOfPost(posted), email: current.value.email };
        return { status: 400, json: null, html: () => preferencesPage(token, current.value, links, { state, errors: checked.errors }) };
      }
      const s = await updatePreferences(token, checked.data, ctx.deps);
      return {
        status: 200,
        json: { ok: true, subscription: publicSubscription(s) },
        html: () => preferencesPage(token, s, manageLinks(s, ctx.deps), { saved: true }),
      };
    },
  },
  // One path segment each, like every page that posts: the pages' relative links resolve the same from all of them.
  '/webhooks': { POST: (ctx) => manageAction(ctx, webhookPost) },
  '/feed-reset': { POST: (ctx) => manageAction(ctx, resetFeedPost) },
  '/preferences/renew': {
    // An expired preferences link asks for a fresh one: mailed to the address on file, never elsewhere.
    POST: async (ctx) => {
      const token = tokenOf(ctx);
      let subscriberId: string;
      try {
        subscriberId = requireToken(ctx.deps.tokenSecret, token, 'preferences', ctx.deps.now());
      } catch (err) {
        if (!(err instanceof ExpiredLinkError)) throw err;
        subscriberId = err.subscriberId;
      }
      const s = await ctx.deps.subscribers.get(subscriberId);
      if (s && (s.status === 'active' || s.status === 'pending')) {
        const hit = await checkRate(ctx.deps.rateLimits, ctx.deps.limits.address, addressKey(ctx.deps.limits.address, s.email), ctx.deps.now());
        if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
        await sendSubscribeMail('preferences-link', s, ctx.deps);
      }
      return { status: 202, json: { ok: true, message: '如果此订阅仍然有效，新的设置链接已发到订阅邮箱 if the subscription still exists, a fresh link was mailed to its address' }, html: renewSentPage };
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
