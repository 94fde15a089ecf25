/** The OpenAPI document covers every route of the JSON API, generated from the same zod schemas, and its examples validate. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { openApiDocument } from '../../../shared/api/openapi.ts';
import { apiRoutes } from '../../../shared/api/routes.ts';
import { changesQuerySchema, errorAnswerSchema } from '../../../shared/api/schemas.ts';

type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown>; example?: unknown }> }>;
};
const doc = openApiDocument('https://gazette.example.cn') as { openapi: string; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, Record<string, unknown>> } };

/** A schema of the document, its $ref (to components) followed. */
const resolve = (schema: Record<string, unknown>): Record<string, unknown> => {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const target = doc.components.schemas[ref.replace('#/components/schemas/', '')];
  expect(target, ref).toBeDefined();
  return target!;
};

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every route the router serves, and no other', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([...apiRoutes.map((r) => r.path), '/api/openapi.json'].sort());
    const ids = Object.values(doc.paths).map((p) => p.get.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names each path parameter and each query parameter with the schema the router validates with', () => {
    for (const route of apiRoutes) {
      const op = doc.paths[route.path]!.get;
      const templated = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters!.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(templated);
      expect(op.parameters!.filter((p) => p.in === 'path').every((p) => p.required)).toBe(true);
      expect(op.parameters!.filter((p) => p.in === 'query').map((p) => p.name).sort()).toEqual(Object.keys(route.query.shape).sort());
    }
    const changes = doc.paths['/api/changes']!.get.parameters!;
    expect(changes.find((p) => p.name === 'category')!.schema.enum).toEqual(['appointment', 'land', 'regulation', 'other']);
    expect(changes.find((p) => p.name === 'limit')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(changes.every((p) => !p.required)).toBe(true);
    expect(Object.keys(changesQuerySchema.shape).length).toBe(changes.length);
  });

  it('gives every answer a JSON Schema and an example, and every example validates against the route’s zod schema', () => {
    for (const route of apiRoutes) {
      const responses = doc.paths[route.path]!.get.responses;
      const ok = responses['200']!.content!['application/json']!;
      expect(resolve(ok.schema).type).toBe('object');
      expect(ok.example, route.path).toBeDefined();
      const parsed = route.response.safeParse(ok.example);
      expect(parsed.success, `${route.path}: ${parsed.success ? '' : z.prettifyError(parsed.error)}`).toBe(true);
      for (const status of [...route.errors, 429].map(String)) {
        const error = responses[status]!.content!['application/json']!;
        expect(errorAnswerSchema.safeParse(error.example).success, `${route.path} ${status}`).toBe(true);
      }
    }
  });

  it('every $ref in the document resolves to one of its components', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(Object.keys(doc.components.schemas)).toContain(ref.replace('#/components/schemas/', ''));
    expect(resolve({ $ref: '#/components/schemas/Change' }).required).toEqual(expect.arrayContaining(['changeId', 'documentKey', 'pageUrl', 'links']));
  });

  it('the examples are not accepted blindly: a broken example fails its schema', () => {
    const route = apiRoutes.find((r) => r.path === '/api/documents/{key}/versions')!;
    const example = doc.paths[route.path]!.get.responses['200']!.content!['application/json']!.example as { versions: { version: number }[] };
    const broken = { ...example, versions: [{ ...example.versions[0], version: 0 }] };
    expect(route.response.safeParse(broken).success).toBe(false);
  });
});
