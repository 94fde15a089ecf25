/** Schemas built on first use (shared/model/lazy-schema.ts): nothing is built at import, and a lazy schema behaves as the eager one. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazySchema, lazySchemasBuilt } from '../../../shared/model/lazy-schema.ts';

const fixtures = new URL('../../fixtures/changes/', import.meta.url);
const changeFixtures = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, fixtures), 'utf8')) as unknown);

const modelModules = ['appearance', 'change', 'dates', 'discovery-families', 'document', 'extracted-text', 'issue', 'messages', 'runtime-config', 'source', 'subscription'];
const storeModules = ['change-feed', 'delivery-repository', 'document-items', 'project-repository', 'robots-store', 'source-repository'];

describe('lazySchema', () => {
  it('builds none of the model and store schemas when their modules are imported', async () => {
    const before = lazySchemasBuilt();
    for (const m of modelModules) await import(`../../../shared/model/${m}.ts`);
    for (const m of storeModules) await import(`../../../shared/store/dynamo/${m}.ts`);
    expect(lazySchemasBuilt()).toBe(before);
    const { changeRecordSchema } = await import('../../../shared/model/change.ts');
    expect(changeRecordSchema.safeParse(changeFixtures[0]).success).toBe(true);
    expect(lazySchemasBuilt()).toBeGreaterThan(before);
  });

  it('reads the stored change records exactly as before: same values, same issues on a broken one', async () => {
    const { changeRecordSchema } = await import('../../../shared/model/change.ts');
    expect(changeFixtures.length).toBeGreaterThan(3);
    for (const raw of changeFixtures) expect(changeRecordSchema.parse(raw)).toEqual(raw);
    const broken = { ...(changeFixtures[0] as Record<string, unknown>), category: 'weather', version: 0 };
    const result = changeRecordSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['category', 'version']);
  });

  it('behaves as the eager schema: parse, errors, shape, extend, nesting, instanceof, JSON Schema', () => {
    const build = () => z.object({ title: z.string().min(1), docNumber: z.string().nullable(), pages: z.number().int().positive().default(1) });
    const eager = build();
    const before = lazySchemasBuilt();
    const lazy = lazySchema(build);
    expect(lazySchemasBuilt()).toBe(before);
    const good = { title: '关于印发办法的通知', docNumber: '晋政发〔2024〕1号' };
    expect(lazy.parse(good)).toEqual(eager.parse(good));
    expect(lazy.safeParse({ title: '', docNumber: 3 }).error?.issues).toEqual(eager.safeParse({ title: '', docNumber: 3 }).error?.issues);
    expect(Object.keys(lazy.shape)).toEqual(Object.keys(eager.shape));
    expect(lazy).toBeInstanceOf(z.ZodObject);
    expect(lazy.extend({ issuer: z.string() }).parse({ ...good, issuer: '山西省人民政府' }).issuer).toBe('山西省人民政府');
    expect(z.object({ doc: lazy }).parse({ doc: good })).toEqual(z.object({ doc: eager }).parse({ doc: good }));
    expect(z.array(lazy.optional()).parse([good, undefined])).toEqual([{ ...good, pages: 1 }, undefined]);
    expect(z.toJSONSchema(z.object({ doc: lazy }))).toEqual(z.toJSONSchema(z.object({ doc: eager })));
    expect(lazySchemasBuilt()).toBe(before + 1);
  });
});
