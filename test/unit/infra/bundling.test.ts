import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleFunction, esbuildOptions, lambdaBundling, lambdaEntry } from '../../../infra/bundling.ts';
import { sdkSchemaKeysPlugin } from '../../../infra/sdk-schema-keys.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Bundles one function in memory with the stack's settings (no timings here: those belong to bench/suites/bundle.ts). */
async function bundle(id: 'mail-events') {
  const result = await esbuild.build({
    ...esbuildOptions(id, join(root, '.bundle-test', id)),
    absWorkingDir: root,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result;
}

describe('Lambda bundling settings (infra/bundling.ts)', () => {
  it('maps the settings onto esbuild options, with the SDK schema-key plugin', () => {
    const o = esbuildOptions('mail-events', 'out');
    expect(o.entryPoints).toEqual([lambdaEntry('mail-events')]);
    expect(o).toMatchObject({ bundle: true, format: 'esm', platform: 'node', target: 'node22', minify: true });
    expect(o.external).toEqual([...lambdaBundling.externalModules]);
    expect(o.banner.js).toBe(lambdaBundling.banner);
    expect(o.plugins).toEqual([sdkSchemaKeysPlugin]);
  });

  it('bundleFunction writes what a zip asset holds: index.mjs, its chunks, and the shipped data files beside it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gw-bundle-'));
    try {
      const built = await bundleFunction('process', out, root);
      const chunks = readdirSync(out).filter((f) => f.startsWith('chunk-'));
      expect(readdirSync(out).sort()).toEqual(['chinese-days.cjs', ...chunks, 'index.mjs', 'opencc-t2cn.cjs'].sort());
      expect(built.code).toEqual([join(out, 'index.mjs'), ...chunks.sort().map((c) => join(out, c))]);
      expect(built.shipped.sort()).toEqual([join(out, 'chinese-days.cjs'), join(out, 'opencc-t2cn.cjs')]);
      const index = readFileSync(join(out, 'index.mjs'), 'utf8');
      // The SDK's event-stream support, which it loads with import(), is a chunk of its own, loaded on first use only.
      const lazy = [...index.matchAll(/import\("\.\/(chunk-[A-Z0-9]+\.mjs)"\)/g)].map((m) => m[1]);
      expect(lazy.length).toBeGreaterThan(0);
      for (const c of lazy) expect(index).not.toMatch(new RegExp(`from\\s*"\\./${c}"`));
      // No lazy-init closures left at top level (esbuild's __esm wrappers around what an inlined import() reaches).
      expect(index.includes('__esm')).toBe(false);
      const code = built.code.map((f) => readFileSync(f, 'utf8')).join('\n');
      // process sends Get/Put/HeadObject; the schemas of S3 operations it never sends are shaken out.
      expect(code.includes('HeadObject')).toBe(true);
      expect(code.includes('PutBucketLifecycleConfiguration')).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it.each(['process', 'api'] as const)('%s: every chunk is loaded from index.mjs, at start-up or by import(), and nothing imports what is left out', async (id) => {
    const out = mkdtempSync(join(tmpdir(), `gw-chunks-${id}-`));
    try {
      const built = await bundleFunction(id, out, root);
      const text = new Map(built.code.map((f) => [f.slice(out.length + 1), readFileSync(f, 'utf8')]));
      const reached = new Set<string>(['index.mjs']);
      for (let grew = true; grew; ) {
        grew = false;
        for (const file of [...reached]) {
          for (const m of (text.get(file) ?? '').matchAll(/(?:from|import)\s*\(?\s*"\.\/(chunk-[A-Z0-9]+\.mjs)"/g)) {
            if (!reached.has(m[1]!)) grew = reached.add(m[1]!).size > 0;
          }
        }
      }
      expect([...text.keys()].filter((f) => !reached.has(f))).toEqual([]);
      for (const code of text.values()) expect(code.includes('"bowser"')).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('bundles mail-events into one ESM file with the handler export, the AWS SDK and no zod translations', async () => {
    const result = await bundle('mail-events');
    expect(result.errors).toEqual([]);
    // index.mjs, and chunks beside it (esbuildOptions: code splitting).
    const file = result.outputFiles.find((f) => f.path.endsWith('/index.mjs'))!;
    expect(result.outputFiles.filter((f) => f !== file).every((f) => /\/chunk-[A-Z0-9]+\.mjs$/.test(f.path))).toBe(true);
    expect(file.contents.byteLength).toBeGreaterThan(0);
    const code = file.text;
    // ESM: static imports and an export clause, no CommonJS wrapper; the createRequire banner first.
    expect(code.startsWith(lambdaBundling.banner)).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    expect(code).not.toMatch(/\bmodule\.exports\b/);
    const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('/index.mjs'))![1];
    expect(output.exports).toContain('handler');

    // The AWS SDK is bundled in (infra/bundling.ts): nothing is imported from the runtime's copy.
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
    const externals = output.imports.filter((i) => i.external).map((i) => i.path);
    expect(externals.filter((p) => !p.startsWith('node:') && !/^[a-z_0-9]+$/.test(p))).toEqual([]);
    // Only the clients mail-events uses are in the bundle (functions/runtime/core.ts explains why).
    expect(inputs.some((p) => p.includes('node_modules/@aws-sdk/client-s3/'))).toBe(false);
    expect(inputs.some((p) => p.includes('node_modules/@aws-sdk/client-ses/'))).toBe(false);
    expect(inputs.some((p) => p.includes('node_modules/@aws-sdk/client-sqs/'))).toBe(false);
    // zod is imported as a namespace: of its locales only English (its default) is in the output.
    const zodLocales = Object.values(result.metafile.outputs)
      .flatMap((o) => Object.entries(o.inputs))
      .filter(([p, i]) => p.includes('node_modules/zod/') && p.includes('/locales/') && i.bytesInOutput > 0)
      .map(([p]) => p.replace(/^.*\/locales\//, ''));
    expect(zodLocales).toEqual(['en.js']);
    expect(code).not.toContain('Ungültige Eingabe');
  });
});
