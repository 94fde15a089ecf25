import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions, lambdaBundling, lambdaEntry } from '../../../infra/bundling.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Bundles one function in memory with the stack's settings (no timings here: those belong to bench/suites/bundle.ts). */
async function bundle(id: 'mail-events') {
  const result = await esbuild.build({
    ...esbuildOptions(id, join(root, '.bundle-test', id, 'index.mjs')),
    absWorkingDir: root,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result;
}

describe('Lambda bundling settings (infra/bundling.ts)', () => {
  it('maps the NodejsFunction settings onto esbuild options', () => {
    const o = esbuildOptions('mail-events', 'out/index.mjs');
    expect(o.entryPoints).toEqual([lambdaEntry('mail-events')]);
    expect(o).toMatchObject({ bundle: true, format: 'esm', platform: 'node', target: 'node22', minify: true });
    expect(o.external).toEqual([...lambdaBundling.externalModules]);
    expect(o.banner.js).toBe(lambdaBundling.banner);
  });

  it('bundles mail-events into one ESM file with the handler export and without the AWS SDK', async () => {
    const result = await bundle('mail-events');
    expect(result.errors).toEqual([]);
    expect(result.outputFiles).toHaveLength(1);
    const file = result.outputFiles[0]!;
    expect(file.path.endsWith('index.mjs')).toBe(true);
    expect(file.contents.byteLength).toBeGreaterThan(0);
    const code = file.text;
    // ESM: static imports and an export clause, no CommonJS wrapper; the createRequire banner first.
    expect(code.startsWith(lambdaBundling.banner)).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    expect(code).not.toMatch(/\bmodule\.exports\b/);
    const output = Object.values(result.metafile.outputs)[0]!;
    expect(output.exports).toContain('handler');

    // @aws-sdk is external: no SDK source is inlined, it is imported from the runtime's copy.
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('node_modules/@aws-sdk/'))).toBe(false);
    expect(inputs.some((p) => p.includes('node_modules/@smithy/'))).toBe(false);
    const externals = output.imports.filter((i) => i.external).map((i) => i.path);
    expect(externals).toContain('@aws-sdk/client-dynamodb');
    // Only the clients mail-events uses are loaded at cold start (functions/runtime/core.ts explains why).
    expect(externals).not.toContain('@aws-sdk/client-s3');
    expect(externals).not.toContain('@aws-sdk/client-ses');
    expect(externals).not.toContain('@aws-sdk/client-sqs');
  });
});
