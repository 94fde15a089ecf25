/**
 * The document, versions, diff, change and source pages (issue 17): GET/HEAD, rate-limited per client like
 * every other route of the api function; null for paths that are not theirs. Each page is one entry of `pages`.
 */
import { sourceStatuses } from '../registry/province-health.ts';
import type { ApiRequest, ApiResponse } from '../subscribe/http-types.ts';
import type { WebDeps } from './deps.ts';
import { loadDocument } from './document-data.ts';
import { htmlResponse, pathSegments, readMethod } from './http.ts';
import { renderChangePage } from './pages/change-page.ts';
import { renderDiffPage } from './pages/diff-page.ts';
import { renderDocumentPage } from './pages/document-page.ts';
import { archivePage, notFoundPage } from './pages/parts.ts';
import { renderSourcePage } from './pages/source-page.ts';
import { renderVersionsPage } from './pages/versions-page.ts';
import { readStoredDiff } from './stored-diff.ts';
import { html } from './html.ts';

/** Days without a new issue after which a source page calls the source quiet (as `gw sources list`). */
const QUIET_DAYS = 14;
/** Issues a source page lists. */
const RECENT_ISSUES = 20;

interface PageRoute {
  /** Path segments: literals, or null for a parameter. */
  shape: readonly (string | null)[];
  /** The page's HTML, or null for 404. */
  render: (params: string[], deps: WebDeps) => Promise<string | null>;
  /** What a 404 of this page says is missing. */
  missing: string;
}

const pages: readonly PageRoute[] = [
  {
    shape: ['documents', null],
    missing: '该文件',
    render: async ([key], deps) => {
      const data = await loadDocument(key!, deps);
      return data && renderDocumentPage(data, deps.archiveBaseUrl);
    },
  },
  {
    shape: ['documents', null, 'versions'],
    missing: '该文件',
    render: async ([key], deps) => {
      const data = await loadDocument(key!, deps);
      return data && renderVersionsPage(data, deps.archiveBaseUrl);
    },
  },
  {
    shape: ['documents', null, 'versions', null, 'diff'],
    missing: '该版本的对比',
    render: async ([key, n], deps) => {
      if (!/^[1-9]\d{0,5}$/.test(n!)) return null;
      const history = await deps.documents.history(key!);
      const version = history?.versions.find((v) => v.version === Number(n));
      if (!history || !version) return null;
      const change = await deps.changes.get(version.changeId);
      if (!change) return null;
      const documentKey = history.head.documentKey;
      if (!change.diffKey) {
        return archivePage('没有对比', html`<h1>第 ${version.version} 版没有对比</h1><p>${version.version === 1 ? '这是首次发现的版本，没有更早的版本可比。' : '这一版没有存储对比。'}</p><p><a href="/documents/${encodeURIComponent(documentKey)}/versions">全部版本</a></p>`);
      }
      const diff = readStoredDiff(await deps.blobs.getText(change.diffKey));
      if (!diff) throw new Error(`stored diff ${change.diffKey} is not a diff view`);
      const earlier = history.versions.filter((v) => v.version < version.version).pop();
      return renderDiffPage({ documentKey, change, fromVersion: earlier?.version ?? version.version - 1, diff, archiveBaseUrl: deps.archiveBaseUrl });
    },
  },
  {
    shape: ['changes', null],
    missing: '该变更',
    render: async ([id], deps) => {
      const change = await deps.changes.get(id!);
      return change && renderChangePage(change, deps.archiveBaseUrl);
    },
  },
  {
    shape: ['sources', null],
    missing: '该信息源',
    render: async ([id], deps) => {
      const source = await deps.sources.get(id!);
      if (!source) return null;
      const [health, issues] = await Promise.all([deps.sources.getHealth(source.id), deps.issues.listBySource(source.id)]);
      const [status] = sourceStatuses([source], new Map([[source.id, health]]), deps.now(), QUIET_DAYS);
      const recent = [...issues].sort((a, b) => b.fetchedAt.localeCompare(a.fetchedAt)).slice(0, RECENT_ISSUES);
      return renderSourcePage(status!, recent, deps.archiveBaseUrl);
    },
  },
];

function match(segments: readonly string[]): { route: PageRoute; params: string[] } | null {
  for (const route of pages) {
    if (route.shape.length !== segments.length) continue;
    const params: string[] = [];
    if (route.shape.every((part, i) => (part === null ? (params.push(segments[i]!), segments[i]!.length > 0) : part === segments[i]))) return { route, params };
  }
  return null;
}

export async function handlePageRoute(request: ApiRequest, deps: WebDeps): Promise<ApiResponse | null> {
  const segments = pathSegments(request.path);
  const found = segments && match(segments);
  if (!found) return null;
  const method = readMethod(request);
  if (!method) return htmlResponse(405, archivePage('不支持的请求方法', html`<h1>不支持的请求方法</h1><p>这些页面只能用 GET 打开。</p>`), { allow: 'GET, HEAD' });
  const hit = await deps.rateLimit(request.sourceIp);
  if (!hit.allowed) {
    return htmlResponse(429, archivePage('请求过于频繁', html`<h1>请求过于频繁</h1><p>请 ${hit.retryAfterSeconds} 秒后再试。</p>`), { 'retry-after': String(hit.retryAfterSeconds) });
  }
  const page = await found.route.render(found.params, deps);
  const response = page === null ? htmlResponse(404, notFoundPage(found.route.missing)) : htmlResponse(200, page);
  return method === 'HEAD' ? { ...response, body: '' } : response;
}
