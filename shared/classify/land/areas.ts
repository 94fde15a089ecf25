/**
 * Land areas: 5217.08平方米, 1.9841公顷, 9.86亩, 一百二十亩, 3.2万平方米 → square metres.
 *
 * Choice of the one area reported:
 *  1. an area introduced by a total word (总面积, 合计, 共计 …) wins;
 *  2. otherwise, of the land areas that are not a breakdown (其中…, or inside brackets), repeated
 *     values count once and the distinct values are taken to be separate parcels and are SUMMED —
 *     unless the largest equals the sum of the others, in which case it is the total and is PICKED;
 *  3. floor areas of buildings (建筑面积, 建筑物 …) are used only when no land area is printed
 *     (国有土地上房屋征收决定 usually gives only those).
 */
import { numberEndingAt, parseNumber, roundTo } from './numbers.ts';
import { sentenceStart } from './normalise.ts';
import { AREA_BREAKDOWN_WORDS, AREA_TOTAL_WORDS, AREA_UNITS, BUILDING_AREA_WORDS } from './vocabulary.ts';
import { charTest, wordAt } from '../char-tests.ts';

export interface AreaMention {
  printed: string;
  squareMetres: number;
  index: number;
  building: boolean;
  breakdown: boolean;
  total: boolean;
}

export interface AreaResult {
  area: string;
  squareMetres: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_SOURCE = AREA_UNITS.map((u) => escape(u.unit)).join('|');
/** The unit is searched first (cheap on long texts); the figure before it is read backwards. */
const UNIT_RE = new RegExp(`(万)?(${UNIT_SOURCE})(?![\\d/每])`, 'g');
const PER_UNIT_M2 = new Map(AREA_UNITS.map((u) => [u.unit, u.squareMetres]));
/** How far back (within the clause) a qualifying word is looked for. */
const QUALIFIER_REACH = 14;
const CLAUSE_BREAK = /[，,；;。\n、(（)）:：\t]/;
const isClauseBreak = charTest(CLAUSE_BREAK);
const breakdownWordAt = wordAt(AREA_BREAKDOWN_WORDS);

/** The words of the clause just before `index`, at most QUALIFIER_REACH characters. */
function leadIn(text: string, index: number): string {
  let i = index;
  while (i > 0 && index - i < QUALIFIER_REACH && !isClauseBreak(text, i - 1)) i--;
  return text.slice(i, index);
}

/** Whether `index` sits inside an open bracket, or after 其中 in the same sentence. */
function isBreakdown(text: string, index: number): boolean {
  const start = sentenceStart(text, index, 300);
  let depth = 0;
  let afterWord = false;
  for (let i = start; i < index; i++) {
    const c = text.charAt(i);
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && breakdownWordAt(text, i) !== undefined) afterWord = true;
  }
  return depth > 0 || afterWord;
}

export function findAreaMentions(text: string): AreaMention[] {
  const out: AreaMention[] = [];
  for (const m of text.matchAll(UNIT_RE)) {
    const num = numberEndingAt(text, m.index);
    if (!num) continue;
    const token = num.token;
    if (/^[百千佰仟]/.test(token)) continue; // 千亩良田: no figure printed
    const n = parseNumber(token);
    const perUnit = PER_UNIT_M2.get(m[2] ?? '');
    if (n === null || perUnit === undefined || n <= 0) continue;
    const index = num.start;
    const before = leadIn(text, index);
    out.push({
      printed: token + m[0],
      squareMetres: roundTo(n * (m[1] ? 10_000 : 1) * perUnit, 2),
      index,
      building: BUILDING_AREA_WORDS.some((w) => before.includes(w)),
      breakdown: isBreakdown(text, index),
      total: AREA_TOTAL_WORDS.some((w) => before.includes(w)),
    });
  }
  return out;
}

/** Same area to the square metre (一亩 printed twice, or 1.9841公顷 repeated). */
const sameArea = (a: number, b: number): boolean => Math.abs(a - b) < 0.5;

export function chooseArea(mentions: readonly AreaMention[]): AreaResult | null {
  const land = mentions.filter((m) => !m.building && !m.breakdown);
  const buildings = mentions.filter((m) => m.building && !m.breakdown);
  const pool = land.length > 0 ? land : buildings;
  if (pool.length === 0) return null;
  // 公益性用地总面积… printed after a larger area is the total of one use, not of the land.
  const total = pool.find((m) => m.total && !pool.some((e) => e.index < m.index && e.squareMetres > m.squareMetres + 0.5));
  if (total) return { area: total.printed, squareMetres: total.squareMetres };
  const distinct: AreaMention[] = [];
  for (const m of pool) if (!distinct.some((d) => sameArea(d.squareMetres, m.squareMetres))) distinct.push(m);
  const [first] = distinct;
  if (!first) return null;
  if (distinct.length === 1) return { area: first.printed, squareMetres: first.squareMetres };
  const largest = distinct.reduce((a, b) => (b.squareMetres > a.squareMetres ? b : a));
  const others = distinct.filter((d) => d !== largest).reduce((s, d) => s + d.squareMetres, 0);
  if (sameArea(largest.squareMetres, others)) return { area: largest.printed, squareMetres: largest.squareMetres };
  return {
    area: distinct.map((d) => d.printed).join('、'),
    squareMetres: roundTo(distinct.reduce((s, d) => s + d.squareMetres, 0), 2),
  };
}

export function extractArea(text: string): AreaResult | null {
  return chooseArea(findAreaMentions(text));
}
