/**
 * The JSON API's routes, one entry each: path, input schemas, answer schema and handler. The router serves
 * exactly these and the OpenAPI document describes exactly these.
 */
import * as z from 'zod';
import type { ChangeRecord } from '../model/change.ts';
import { resolveArea, areaCovers } from '../notify/jurisdiction.ts';
import { shanghaiDay } from '../util/shanghai-time.ts';
import { loadDocument } from '../web/document-data.ts';
import { ApiRequestError } from './api-error.ts';
import { decodeCursor, encodeCursor, filterFingerprint } from './cursor.ts';
import type { ApiDeps } from './deps.ts';
import { apiChange, apiDocument, apiVersions } from './present.ts';
import { changesPageSchema, changesQuerySchema, documentAnswerSchema, documentKeySchema, noQuerySchema, versionsAnswerSchema } from './schemas.ts';

/** How far back GET /api/changes reaches without `since`. */
export const DEFAULT_SINCE_DAYS = 7;
/** Store requests one page may make (a long range with few matches ends the page early, with a cursor). */
export const MAX_REQUESTS_PER_PAGE = 40;

type Shape = z.ZodRawShape;

export interface ApiRoute<Q extends Shape = Shape, P extends Shape = Shape> {
  /** OpenAPI path template, e.g. /api/documents/{key}. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  query: z.ZodObject<Q>;
  params: z.ZodObject<P>;
  response: z.ZodType;
  /** Error statuses this route answers besides 429 (documented with the Error schema). */
  errors: readonly (400 | 404)[];
  handle: (input: { query: z.infer<z.ZodObject<Q>>; params: z.infer<z.ZodObject<P>> }, deps: ApiDeps) => Promise<unknown>;
}

const route = <Q extends Shape, P extends Shape>(r: ApiRoute<Q, P>): ApiRoute => r as unknown as ApiRoute;

const noParams = z.strictObject({});
const keyParams = z.strictObject({ key: documentKeySchema });
const notFound = () => new ApiRequestError(404, 'not-found', '没有这个文件 no such document');

function dayBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

export const apiRoutes: readonly ApiRoute[] = [
  route({
    path: '/api/changes',
    operationId: 'listChanges',
    summary: '变更列表 changes, oldest first, page by page',
    description:
      '按发现时间先后列出变更（新文件与修订），可按类别和地区筛选；用回答中的 nextCursor 取下一页，nextCursor 为 null 表示已到最新；跨度很长时某一页可能不足 limit 条甚至为空，但仍带 nextCursor。Changes in the order they were detected; follow nextCursor until it is null (over a long range a page may hold fewer than limit changes, even none, and still carry a nextCursor).',
    query: changesQuerySchema,
    params: noParams,
    response: changesPageSchema,
    errors: [400],
    handle: async ({ query }, deps) => {
      if (query.jurisdiction !== undefined && resolveArea(query.jurisdiction).length === 0) {
        throw new ApiRequestError(400, 'bad-request', '请求参数有误 invalid query parameters', [
          { field: 'jurisdiction', message: `未知地区 unknown area: ${query.jurisdiction}（请用行政区划名称或代码 use a division name or code）` },
        ]);
      }
      const today = shanghaiDay(deps.now());
      const fingerprint = filterFingerprint(query);
      let position = { day: query.since ?? dayBefore(today, DEFAULT_SINCE_DAYS), after: null as string | null };
      if (query.cursor !== undefined) {
        const reading = decodeCursor(deps.cursorSecret, query.cursor, fingerprint);
        if (!reading.ok) throw new ApiRequestError(400, 'bad-request', '请求参数有误 invalid query parameters', [{ field: 'cursor', message: reading.reason }]);
        position = reading.position;
      }
      const jurisdiction = query.jurisdiction;
      const keep = (c: ChangeRecord) => (query.category === undefined || c.category === query.category) && (jurisdiction === undefined || areaCovers(jurisdiction, c.jurisdiction) !== null);
      const page = await deps.feed.read(position, { limit: query.limit, lastDay: today, maxRequests: MAX_REQUESTS_PER_PAGE, keep });
      return {
        ok: true,
        changes: page.changes.map((c) => apiChange(c, deps)),
        nextCursor: page.next ? encodeCursor(deps.cursorSecret, page.next, fingerprint) : null,
      };
    },
  }),
  route({
    path: '/api/documents/{key}',
    operationId: 'getDocument',
    summary: '一份文件 one document',
    description: '文件的元数据、类别、最新版本的变更记录（要素、依据）和全部刊登记录。The document with its latest change and every appearance.',
    query: noQuerySchema,
    params: keyParams,
    response: documentAnswerSchema,
    errors: [400, 404],
    handle: async ({ params }, deps) => {
      const data = await loadDocument(params.key, deps);
      if (!data) throw notFound();
      return apiDocument(data, deps);
    },
  }),
  route({
    path: '/api/documents/{key}/versions',
    operationId: 'listDocumentVersions',
    summary: '文件的全部版本 every version of a document',
    description: '每一版的发现时间、来源、正文存档和与上一版的差异摘要。Each version with its text, change and diff.',
    query: noQuerySchema,
    params: keyParams,
    response: versionsAnswerSchema,
    errors: [400, 404],
    handle: async ({ params }, deps) => {
      const data = await loadDocument(params.key, deps);
      if (!data) throw notFound();
      return apiVersions(data, deps);
    },
  }),
];
