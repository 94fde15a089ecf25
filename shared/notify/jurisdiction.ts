/**
 * Jurisdiction coverage: does a subscriber's area (a name such as 山西, 吕梁市, 离石区, or a
 * 行政区划代码) cover the area a document was published for? A larger area covers the smaller
 * ones inside it; a county covers its townships (their documents carry the county's code).
 */
import type { Jurisdiction } from '../model/source.ts';
import { areaDivisions, type Division } from './divisions.ts';
import { normalizeForSearch } from './text-normalize.ts';

/** Digits per level of a division code: province, city, county (6 digits), township, village. */
const levelWidths = [2, 2, 2, 3, 3] as const;

/** True for 6-, 9- or 12-digit division codes. */
export function isDivisionCode(value: string): boolean {
  return /^(\d{6}|\d{9}|\d{12})$/.test(value);
}

/**
 * The part of a code that names the area: trailing all-zero levels dropped
 * (140000 → "14", 141100 → "1411", 141102 → "141102").
 */
export function significantPrefix(code: string): string {
  if (!isDivisionCode(code)) throw new Error(`not a division code: ${code}`);
  const bounds: number[] = [];
  let end = 0;
  for (const width of levelWidths) {
    if (end >= code.length) break;
    end += width;
    bounds.push(end);
  }
  let keep = code.length;
  for (let i = bounds.length - 1; i > 0; i--) {
    const start = bounds[i - 1] ?? 0;
    if (/^0+$/.test(code.slice(start, bounds[i]))) keep = start;
    else break;
  }
  return code.slice(0, keep);
}

/** Whether the area of `outer` contains (or is) the area of `inner`. */
export function codeCovers(outer: string, inner: string): boolean {
  if (!isDivisionCode(outer) || !isDivisionCode(inner)) return false;
  return inner.startsWith(significantPrefix(outer));
}

const areaSuffixes = ['省', '市', '县', '区'] as const;

/**
 * The name without its 省/市/县/区 suffix, unless that would leave a single character
 * (绛县, 古县, 城区 stay as they are: 绛 or 城 alone name nothing reliably).
 */
export function areaCore(name: string): string {
  const clean = normalizeForSearch(name);
  for (const suffix of areaSuffixes) {
    if (clean.endsWith(suffix) && clean.length - suffix.length >= 2) return clean.slice(0, -suffix.length);
  }
  return clean;
}

function nameMatches(division: Division, term: string): boolean {
  return division.name === term || areaCore(division.name) === term;
}

function within(parent: Division | null, child: Division): boolean {
  return parent === null || (child.code !== parent.code && codeCovers(parent.code, child.code));
}

function resolveNameUnder(term: string, parent: Division | null, table: readonly Division[]): Division[] {
  if (term.length === 0) return [];
  const candidates = table.filter((d) => within(parent, d));
  const exact = candidates.filter((d) => nameMatches(d, term));
  if (exact.length > 0) return exact;
  // A qualified name such as 山西省吕梁市离石区, 吕梁离石 or 阳泉市城区: peel one level at a time.
  const found = new Map<string, Division>();
  for (const d of candidates) {
    for (const prefix of new Set([d.name, areaCore(d.name)])) {
      if (prefix.length < 2 || !term.startsWith(prefix)) continue;
      for (const inner of resolveNameUnder(term.slice(prefix.length), d, table)) found.set(inner.code, inner);
    }
  }
  return [...found.values()];
}

/** One area a subscriber's term stands for. */
export interface AreaRef {
  code: string;
  name: string;
}

/**
 * The areas a subscriber's term names: a division code (known or not), or a name with or
 * without its suffix, possibly qualified (吕梁市离石区). Ambiguous names (城区) give several.
 */
export function resolveArea(term: string, table: readonly Division[] = areaDivisions()): AreaRef[] {
  if (table !== areaDivisions()) return resolveUncached(term, table);
  const cached = resolved.get(term);
  if (cached) return cached;
  const found = resolveUncached(term, table);
  if (resolved.size >= maxCached) resolved.clear();
  resolved.set(term, found);
  return found;
}

/** Matching runs every subscriber's terms against every change: names are resolved once per process. */
const resolved = new Map<string, AreaRef[]>();
const maxCached = 10_000;

function resolveUncached(term: string, table: readonly Division[]): AreaRef[] {
  const clean = normalizeForSearch(term);
  if (isDivisionCode(clean)) {
    const known = table.find((d) => d.code === clean);
    return [{ code: clean, name: known?.name ?? clean }];
  }
  const byName = resolveNameUnder(clean, null, table);
  const byCore = byName.length > 0 ? byName : resolveNameUnder(areaCore(clean), null, table);
  return byCore.map((d) => ({ code: d.code, name: d.name }));
}

/** The most specific name of a jurisdiction (county, else city, else province). */
export function jurisdictionName(j: Jurisdiction): string {
  return j.county ?? j.city ?? j.province;
}

export interface Coverage {
  term: string;
  /** How it was decided, in Chinese, e.g. 吕梁市(141100) 包含 离石区(141102). */
  reason: string;
}

/**
 * Whether `term` covers the jurisdiction: by code when the term resolves to division codes,
 * and by name against the jurisdiction's province/city/county (for areas outside the table).
 */
export function areaCovers(term: string, j: Jurisdiction, table: readonly Division[] = areaDivisions()): Coverage | null {
  const target = jurisdictionName(j);
  for (const area of resolveArea(term, table)) {
    if (codeCovers(area.code, j.divisionCode)) {
      const relation = area.code === j.divisionCode ? '即' : '包含';
      return { term, reason: `${area.name}(${area.code}) ${relation} ${target}(${j.divisionCode})` };
    }
  }
  const core = areaCore(term);
  for (const name of [j.province, j.city, j.county]) {
    if (name !== undefined && core.length > 0 && areaCore(name) === core) {
      const relation = name === target ? '即' : '包含';
      return { term, reason: `${name} ${relation} ${target}` };
    }
  }
  return null;
}
