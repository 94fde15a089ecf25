/**
 * The zip bundles' credentials (functions/runtime/lambda-credentials.ts, aliased for the SDK's default chain by
 * infra/bundling.ts): a bundled SDK client signs with the execution role's credentials from the environment,
 * and says clearly what is missing when they are not there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../../../infra/bundling.ts';
import { defaultProvider } from '../../../../functions/runtime/lambda-credentials.ts';

/** Runs `body` with `vars` set in process.env, then puts every variable back as it was. */
async function withEnv<T>(vars: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const keys = [...Object.keys(vars), 'AWS_ACCESS_KEY_ID'];
  const saved = new Map(keys.map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await body();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const lambdaEnv = { AWS_ACCESS_KEY_ID: 'ASIAEXAMPLEROLEKEY01', AWS_SECRET_ACCESS_KEY: 'role-secret', AWS_SESSION_TOKEN: 'role-session-token' };

describe('the environment provider the bundles use', () => {
  it('reads the execution role credentials Lambda puts in the environment, each time it is asked', async () => {
    await withEnv(lambdaEnv, async () => {
      const provider = defaultProvider({});
      expect(await provider()).toMatchObject({ accessKeyId: 'ASIAEXAMPLEROLEKEY01', secretAccessKey: 'role-secret', sessionToken: 'role-session-token' });
      process.env.AWS_ACCESS_KEY_ID = 'ASIAROTATEDKEY000002';
      expect((await defaultProvider({})()).accessKeyId).toBe('ASIAROTATEDKEY000002');
    });
  });

  it('fails with a clear error when they are missing', async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    try {
      await expect(defaultProvider({})()).rejects.toThrow(/environment variable credentials/);
    } finally {
      if (saved.id !== undefined) process.env.AWS_ACCESS_KEY_ID = saved.id;
      if (saved.secret !== undefined) process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
    }
  });
});

describe('a client bundled with the Lambda settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-creds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves the environment credentials, without the default chain in the bundle', async () => {
    const outfile = join(dir, 'index.mjs');
    const result = await esbuild.build({ ...esbuildOptions('process', dir), entryPoints: ['functions/runtime/clients/dynamodb.ts'], metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('functions/runtime/lambda-credentials.ts');
    expect(inputs.filter((p) => /@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity|http)|nested-clients)\//.test(p))).toEqual([]);
    const bundle = (await import(pathToFileURL(outfile).href)) as typeof import('../../../../functions/runtime/clients/dynamodb.ts');
    await withEnv({ ...lambdaEnv, AWS_REGION: 'cn-north-1' }, async () => {
      const credentials = await bundle.dynamoDocumentClient().config.credentials();
      expect(credentials).toMatchObject({ accessKeyId: 'ASIAEXAMPLEROLEKEY01', sessionToken: 'role-session-token' });
      delete process.env.AWS_ACCESS_KEY_ID;
      await expect(bundle.dynamoDocumentClient().config.credentials()).rejects.toThrow(/environment variable credentials/);
    });
  }, 60_000);
});
