/**
 * The API's land pages (issue 14), next to the subscription router: the project list and pages, each document's
 * evidence page, the .ics of one document's deadlines and each subscriber's calendar feed. GET/HEAD only;
 * null for paths that are not theirs (the subscription router answers those).
 */
import { subscriberFeed } from '../calendar/subscriber-feed.ts';
import { deadlineAttachment } from '../calendar/build-ics.ts';
import { checkCalendarToken } from '../calendar/feed-token.ts';
import { evidenceView } from '../evidence/evidence-view.ts';
import { renderEvidencePage } from '../evidence/render-evidence-page.ts';
import type { ChangeRecord } from '../model/change.ts';
import type { ChangeRepository, IssueRepository, SubscriberRepository } from '../store/ports.ts';
import type { ApiRequest, ApiResponse } from '../subscribe/http-types.ts';
import { shanghaiDay } from '../util/shanghai-time.ts';
import { landPage, pageContentSecurityPolicy } from './page-shell.ts';
import type { ProjectRepository } from './ports.ts';
import { renderProjectList, renderProjectPage } from './render-project-page.ts';
import { buildTimeline } from './timeline.ts';

export interface LandRouteDeps {
  projects: ProjectRepository;
  changes: ChangeRepository;
  issues: IssueRepository;
  subscribers: SubscriberRepository;
  tokenSecret: string;
  publicBaseUrl: string;
  archiveBaseUrl: string;
  now: () => Date;
  /** The API's per-client rate limit: false when this client is over it. */
  allow: (sourceIp: string) => Promise<boolean>;
}

/** How far back a calendar feed reaches. */
export const FEED_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };
const html = (status: number, body: string): ApiResponse => ({
  status,
  headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': pageContentSecurityPolicy },
  body,
});
const ics = (body: string, filename: string): ApiResponse => ({
  status: 200,
  headers: { ...headers, 'cache-control': 'private, max-age=3600', 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  body,
});
const notFound = (): ApiResponse => html(404, landPage('未找到', '<h1>未找到</h1><p>该页面不存在或链接有误。</p>'));

const ROUTES = /^\/(?:projects(?:\/[^/]+)?|evidence\/[^/]+|calendar\/(?:doc\/)?[^/]+\.ics)$/;

export function isLandRoute(path: string): boolean {
  return ROUTES.test(path.replace(/\/+$/, ''));
}

export async function handleLandRoute(request: ApiRequest, deps: LandRouteDeps): Promise<ApiResponse | null> {
  const path = request.path.replace(/\/+$/, '');
  if (!isLandRoute(path)) return null;
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, body: '只支持 GET method not allowed' };
  if (!(await deps.allow(request.sourceIp))) return { status: 429, headers: { ...headers, 'retry-after': '60', 'content-type': 'text/plain; charset=utf-8' }, body: '请求过于频繁，请稍后再试 too many requests' };
  const response = await route(path, deps).catch((err: unknown) => {
    if (err instanceof URIError) return notFound();
    throw err;
  });
  return method === 'HEAD' ? { ...response, body: '' } : response;
}

async function route(path: string, deps: LandRouteDeps): Promise<ApiResponse> {
  const parts = path.split('/').slice(1).map(decodeURIComponent);
  if (parts[0] === 'projects' && parts.length === 1) {
    const projects = await deps.projects.listProjects();
    return html(200, renderProjectList(projects.map((p) => ({ projectId: p.projectId, name: p.name, stages: p.documentKeys.length, updatedAt: p.updatedAt }))));
  }
  if (parts[0] === 'projects') {
    const stored = await deps.projects.get(parts[1]!);
    if (!stored) return notFound();
    const stages = await deps.projects.listStages(stored.project.projectId);
    return html(200, renderProjectPage(buildTimeline(stored.project, stages, shanghaiDay(deps.now()))));
  }
  if (parts[0] === 'evidence') {
    const change = await deps.changes.get(parts[1]!);
    if (!change) return notFound();
    const issues = await Promise.all(change.links.map((l) => issueOf(l.rawKey, l.sourceId, deps)));
    const projectId = await deps.projects.projectOfDocument(change.documentKey);
    const stage = projectId ? await deps.projects.getStage(projectId, change.documentKey) : null;
    const head = projectId ? await deps.projects.get(projectId) : null;
    const archive = deps.archiveBaseUrl.replace(/\/$/, '');
    const view = evidenceView({ change, issues, stage, projectName: head?.project.name ?? null, archiveUrl: (key) => `${archive}/${key.split('/').map(encodeURIComponent).join('/')}` });
    return html(200, renderEvidencePage(view));
  }
  if (parts[0] === 'calendar' && parts[1] === 'doc') {
    const change = await deps.changes.get(parts[2]!.replace(/\.ics$/, ''));
    const attachment = change ? deadlineAttachment(change, deps.now(), `${deps.publicBaseUrl.replace(/\/$/, '')}/evidence/${encodeURIComponent(change.changeId)}`) : null;
    return attachment ? ics(attachment.content, attachment.filename) : notFound();
  }
  const subscriberId = checkCalendarToken(deps.tokenSecret, parts[1]!.replace(/\.ics$/, ''));
  const subscription = subscriberId ? await deps.subscribers.get(subscriberId) : null;
  if (!subscription || subscription.status !== 'active') return notFound();
  const changes: ChangeRecord[] = [];
  const today = deps.now().getTime();
  for (let d = 0; d < FEED_DAYS; d++) changes.push(...(await deps.changes.listByDay(shanghaiDay(new Date(today - d * DAY_MS)))));
  const base = deps.publicBaseUrl.replace(/\/$/, '');
  return ics(subscriberFeed(subscription, changes, { stamp: deps.now(), evidenceUrl: (id) => `${base}/evidence/${encodeURIComponent(id)}` }), 'gazette-watch-deadlines.ics');
}

async function issueOf(rawKey: string, sourceId: string, deps: LandRouteDeps) {
  const m = /^raw\/[^/]+\/([^/]+)\//.exec(rawKey);
  return m ? deps.issues.get(sourceId, m[1]!) : null;
}
