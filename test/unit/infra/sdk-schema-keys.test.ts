/**
 * The SDK schema-key rewrite (infra/sdk-schema-keys.ts) on the SDK installed here: every client's schemas
 * evaluate to the same values with and without it, and with it esbuild drops the schemas a function never sends.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lambdaBundling } from '../../../infra/bundling.ts';
import { SDK_SCHEMA_MODULE, literalSchemaKeys, sdkSchemaKeysPlugin } from '../../../infra/sdk-schema-keys.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sdk = join(root, 'node_modules', '@aws-sdk');
// Under node_modules so the bundles' own imports (node:*) resolve as they do for the real ones.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules', '.cache', 'gw-schema-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every generated schema module of the installed @aws-sdk packages. */
function schemaModules(dir = sdk): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist-cjs' || e.name === 'dist-types' ? [] : schemaModules(path);
    return SDK_SCHEMA_MODULE.test(path) ? [path] : [];
  });
}

/** Bundles `source` (an entry module's text) unminified, with or without the plugin, and returns the output's text. */
async function bundle(source: string, withPlugin: boolean, minify = false): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    // As the functions are bundled (infra/bundling.ts): the SDK's ES modules, not its CommonJS build.
    mainFields: [...lambdaBundling.mainFields],
    minify,
    logLevel: 'silent',
    plugins: withPlugin ? [sdkSchemaKeysPlugin] : [],
  });
  return result.outputFiles[0]!.text;
}

/**
 * A value as text, for comparing two evaluations: schema thunks (`() => X$`) are followed, classes are named,
 * a value met again on the path is written as a back reference (schemas refer to each other in cycles).
 */
function canonical(value: unknown, path: unknown[] = []): string {
  if (typeof value === 'function') {
    const text = Function.prototype.toString.call(value);
    if (/^class\b/.test(text) || value.length > 0) return `fn:${(value as { name: string }).name}`;
    return `=>${canonical((value as () => unknown)(), path)}`;
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  const seen = path.indexOf(value);
  if (seen >= 0) return `#${path.length - seen}`;
  const next = [...path, value];
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v, next)).join(',')}]`;
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], next)}`).join(',')}}`;
}

async function evaluate(name: string, code: string): Promise<Record<string, unknown>> {
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

describe('literal SDK schema keys (infra/sdk-schema-keys.ts)', () => {
  const modules = schemaModules();

  it('finds the schema modules of the clients the functions use', () => {
    const clients = modules.map((m) => m.slice(sdk.length + 1).split(/[\\/]/)[0]);
    for (const c of ['client-s3', 'client-dynamodb', 'client-sqs', 'client-ses', 'client-secrets-manager']) expect(clients).toContain(c);
  });

  it.each(modules.map((m) => [m.slice(sdk.length + 1), m]))('%s: every computed key rewritten, every export the same value', async (name, path) => {
    const original = readFileSync(path, 'utf8');
    const { source, replaced } = literalSchemaKeys(original);
    expect(replaced).toBeGreaterThan(0);
    // No computed key naming a module constant is left.
    expect(source).not.toMatch(/[{,]\s*\[_\w+\]\s*:/);
    const entry = `export * from ${JSON.stringify(path)};`;
    const tag = name.replace(/[^\w]+/g, '-');
    const [before, after] = await Promise.all([evaluate(`${tag}-before`, await bundle(entry, false)), evaluate(`${tag}-after`, await bundle(entry, true))]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const k of Object.keys(before)) expect(canonical(after[k]), k).toBe(canonical(before[k]));
  }, 60_000);

  it('lets esbuild drop the schemas of commands a bundle never sends', async () => {
    const entry = "import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'; export const used = [S3Client, GetObjectCommand];";
    const [plain, rewritten] = await Promise.all([bundle(entry, false, true), bundle(entry, true, true)]);
    // A bucket-configuration operation nobody here sends: kept only because of its computed keys.
    // (Booleans, not toContain: a failure would print both bundles.)
    expect(plain.includes('PutBucketLifecycleConfiguration')).toBe(true);
    expect(rewritten.includes('PutBucketLifecycleConfiguration')).toBe(false);
    expect(rewritten.includes('GetObject')).toBe(true);
    // About 55 KB of S3 schemas (SDK 3.1162), minified.
    expect(plain.length - rewritten.length).toBeGreaterThan(40_000);
  }, 60_000);

  it('rewrites keys only, and only for names that are one string constant of the module', () => {
    const source = [
      'const _e = "error";',
      'const _h = "http\\"Error";',
      'const _d = "a";',
      'const _d = "b";',
      'let _l = "let";',
      'export var A$ = [-3, n0, _e, { [_e]: _c, [_h]: 403 }, [_e], [0]];',
      'export var B$ = { [_d]: 1, [_l]: 2, [_x]: 3 };',
    ].join('\n');
    const { source: out, replaced } = literalSchemaKeys(source);
    expect(replaced).toBe(2);
    expect(out).toContain('{ "error": _c, "http\\"Error": 403 }');
    // An array element is not a key; a name declared twice, a `let` and an unknown name stay computed.
    expect(out).toContain('[_e], [0]]');
    expect(out).toContain('{ [_d]: 1, [_l]: 2, [_x]: 3 }');
  });
});
