/** The OpenAPI 3.1 document of the JSON API, generated from the routes' zod schemas (z.toJSONSchema). */
import * as z from 'zod';
import { apiPaths } from '../web/urls.ts';
import { apiRoutes, type ApiRoute } from './routes.ts';
import { errorAnswerSchema } from './schemas.ts';

type JsonObject = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) of a schema, without the $schema line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonObject;
  delete out.$schema;
  return out;
}

/** The examples a schema carries in its metadata. */
export function examplesOf(schema: z.ZodType): unknown[] {
  const meta = z.globalRegistry.get(schema) as { examples?: unknown[] } | undefined;
  return meta?.examples ?? [];
}

function parameters(r: ApiRoute): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [where, object] of [['path', r.params], ['query', r.query]] as const) {
    for (const [name, field] of Object.entries(object.shape) as [string, z.ZodType][]) {
      const schema = jsonSchema(field, 'input');
      const description = typeof schema.description === 'string' ? schema.description : undefined;
      list.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, ...(description ? { description } : {}), schema });
    }
  }
  return list;
}

/** The component name of an answer schema (its `.meta({ id })`). */
function idOf(schema: z.ZodType): string {
  const id = (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
  if (!id) throw new Error('an API answer schema needs .meta({ id })');
  return id;
}

const componentRef = (id: string) => `#/components/schemas/${id}`;

/** The named answer schemas (and the named schemas inside them) as components.schemas, referring to each other. */
function componentSchemas(answers: readonly z.ZodType[]): JsonObject {
  const all = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any', uri: componentRef }).schemas as Record<string, JsonObject>;
  const wanted = new Set<string>();
  const visit = (id: string) => {
    if (wanted.has(id) || !all[id]) return;
    wanted.add(id);
    for (const m of JSON.stringify(all[id]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) visit(m[1]!);
  };
  for (const schema of answers) visit(idOf(schema));
  const out: JsonObject = {};
  for (const id of [...wanted].sort()) {
    const { $schema: _s, $id: _i, ...rest } = all[id]!;
    out[id] = rest;
  }
  return out;
}

function jsonContent(schema: z.ZodType): JsonObject {
  const examples = examplesOf(schema);
  return { 'application/json': { schema: { $ref: componentRef(idOf(schema)) }, ...(examples.length > 0 ? { example: examples[0] } : {}) } };
}

const errorText: Record<number, string> = {
  400: '输入有误 invalid input (each field named in issues)',
  404: '不存在 not found',
  429: '请求过于频繁 too many requests (Retry-After header)',
};

function operation(r: ApiRoute): JsonObject {
  const responses: JsonObject = { 200: { description: '成功 OK', content: jsonContent(r.response) } };
  for (const status of [...r.errors, 429]) responses[status] = { description: errorText[status], content: jsonContent(errorAnswerSchema) };
  return { operationId: r.operationId, summary: r.summary, description: r.description, parameters: parameters(r), responses };
}

export function openApiDocument(serverUrl: string, routes: readonly ApiRoute[] = apiRoutes): JsonObject {
  const paths: JsonObject = {};
  for (const r of routes) paths[r.path] = { get: operation(r) };
  paths[apiPaths.openapi] = {
    get: {
      operationId: 'getOpenApiDocument',
      summary: '本文档 this OpenAPI document',
      responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, 429: { description: errorText[429], content: jsonContent(errorAnswerSchema) } },
    },
  };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: '公报哨兵 gazette-watch API',
      version: '1',
      description: '政府公报文件的变更、文件与版本（只读）。每个客户端受频率限制；错误信息先中文后英文。Read-only changes, documents and versions; rate-limited per client.',
    },
    servers: [{ url: serverUrl.replace(/\/$/, '') }],
    paths,
    components: { schemas: componentSchemas([...routes.map((r) => r.response), errorAnswerSchema]) },
  };
}
