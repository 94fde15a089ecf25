/**
 * The parcel table of a 国有建设用地使用权挂牌/拍卖出让公告, flattened into text. The form (《招标拍卖挂牌出让国有
 * 建设用地使用权规定》 and the model notices under it) prints one row per parcel under column heads:
 *
 *   编号 | 土地位置 | 土地面积(m2) | 土地用途 | 规划指标要求 | 出让年限(年) | 起始价(万元) | 竞买保证金(万元) | 增价幅度(万元)
 *                                           | 容积率 | 建筑密度 | 绿地率 |                       (sub-heads of a spanned head)
 *
 * Two flattenings are read: one cell per line (the pipes already gone), and one row per line with `|` between
 * cells, where a parcel split over two rows (住宅9737 / 商业1081) continues on a shorter row. A spanned head
 * (规划指标要求, 土地面积及用途) is replaced by its sub-heads in place: planning indicators go under the planning head,
 * a sub-head printed inside a joined head (面积 in 土地面积及用途) under that head. Nothing is read when the rows do not
 * line up with the heads.
 */
import type { Compensation } from '../../model/document.ts';
import { parseNumber, roundTo } from './numbers.ts';
import { AREA_UNITS } from './vocabulary.ts';

export interface SaleParcel {
  id: string;
  location: string | null;
  /** Area cells as printed with the head's unit (住宅9737m2), and their sum in m². */
  areas: string[];
  squareMetres: number | null;
  /** Money columns as printed: 起始价3735万元. */
  money: { head: string; value: string; unit: string }[];
}

export interface SaleTable {
  parcels: SaleParcel[];
}

const HEAD_WORD = /编号|位置|坐落|面积|用途|规划|指标|容积率|密度|绿地率|限高|高度|年限|起始价|起拍价|挂牌价|保证金|增价|加价|幅度|备注|出让方式|竞买/;
const PLANNING_GROUP = /规划指标|规划条件|规划要求/;
const PLANNING_SUB = /容积率|密度|绿地率|限高|高度/;
const ID_HEAD = /编号/;
const LOCATION_HEAD = /位置|坐落/;
const AREA_HEAD = /面积/;
const MONEY_HEAD = /起始价|起拍价|挂牌价|保证金|增价|加价/;
const UNIT_IN_HEAD = /[(（]([^()（）]{1,6})[)）]/;
/** A parcel's number: 65, 兖土2024-1号, 2024-G-12 (a digit, no sentence punctuation, short). */
const PARCEL_ID = /^[\u4e00-\u9fffA-Za-z]{0,8}\d[\dA-Za-z\-－—()（）#]{0,16}号?$/;
const SPLIT_CELL = /^([\u4e00-\u9fff]{1,6})(\d+(?:\.\d+)?)$/;
const NUMBER = /(\d+(?:\.\d+)?)/;
const MAX_LINES = 120;
const MAX_CELL = 40;

const cellsOf = (line: string): string[] =>
  line
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '');

const isHead = (cell: string): boolean => cell.length <= 24 && HEAD_WORD.test(cell) && !PARCEL_ID.test(cell);
const isParcelId = (cell: string): boolean => PARCEL_ID.test(cell);
const headName = (head: string): string => head.replace(UNIT_IN_HEAD, '');
const unitOf = (head: string): string | null => UNIT_IN_HEAD.exec(head)?.[1] ?? null;

/** The columns under the heads: each spanned head replaced by the sub-heads printed for it. */
function columnsOf(heads: readonly string[]): string[] {
  const top: string[] = [];
  const subs: string[] = [];
  for (const h of heads) {
    const name = headName(h);
    const insideJoined = top.some((t) => /[及和、]/.test(t) && headName(t).includes(name) && headName(t) !== name);
    if (PLANNING_SUB.test(name) || insideJoined) subs.push(h);
    else top.push(h);
  }
  if (subs.length === 0) return top;
  const columns: string[] = [];
  for (const t of top) {
    const name = headName(t);
    const own = PLANNING_GROUP.test(name)
      ? subs.filter((s) => PLANNING_SUB.test(s))
      : /[及和、]/.test(name)
        ? subs.filter((s) => name.includes(headName(s)) && !PLANNING_SUB.test(s))
        : [];
    // A joined head's sub-heads keep its unit: 土地面积(m2)及用途 → 面积(m2).
    const unit = unitOf(t);
    columns.push(...(own.length > 0 ? own.map((s) => (unit && !unitOf(s) && AREA_HEAD.test(s) ? `${s}(${unit})` : s)) : [t]));
  }
  return columns;
}

function areaUnit(head: string): { unit: string; squareMetres: number } | null {
  const unit = unitOf(head);
  return unit ? (AREA_UNITS.find((u) => u.unit === unit) ?? null) : null;
}

function parcelOf(columns: readonly string[], row: readonly string[], continuation: readonly string[][]): SaleParcel | null {
  const idCol = columns.findIndex((c) => ID_HEAD.test(c));
  const id = row[idCol] ?? '';
  if (!isParcelId(id)) return null;
  const locationCol = columns.findIndex((c) => LOCATION_HEAD.test(c));
  const areaCol = columns.findIndex((c) => AREA_HEAD.test(c));
  // A split parcel continues, in order, exactly the cells printed as part+number (住宅9737, 住宅70).
  const splitCols = row.map((c, j) => (SPLIT_CELL.test(c) ? j : -1)).filter((j) => j >= 0);
  const extra = (col: number): string[] => continuation.map((r) => r[splitCols.indexOf(col)] ?? '').filter((c) => c !== '');
  const unit = areaCol >= 0 ? areaUnit(columns[areaCol] ?? '') : null;
  const areas: string[] = [];
  let squareMetres: number | null = null;
  if (areaCol >= 0 && unit) {
    for (const cell of [row[areaCol] ?? '', ...extra(areaCol)]) {
      const value = parseNumber(NUMBER.exec(cell)?.[1] ?? '');
      if (value === null) continue;
      areas.push(`${cell}${unit.unit}`);
      squareMetres = roundTo((squareMetres ?? 0) + value * unit.squareMetres, 2);
    }
  }
  const money = columns.flatMap((c, j) => {
    const cell = row[j] ?? '';
    const moneyUnit = unitOf(c);
    if (!MONEY_HEAD.test(c) || !moneyUnit || !/元/.test(moneyUnit) || !NUMBER.test(cell)) return [];
    return [{ head: headName(c), value: cell, unit: moneyUnit }];
  });
  const location = locationCol >= 0 ? (row[locationCol] ?? null) : null;
  return { id, location, areas, squareMetres, money };
}

/** Reads the table whose heads start at `lines[start]`; null when the rows do not line up with them. */
function readFrom(lines: readonly string[], start: number): SaleParcel[] | null {
  const block = lines.slice(start, start + MAX_LINES);
  const heads: string[] = [];
  let at = 0;
  let piped = false;
  for (; at < block.length; at++) {
    const cells = cellsOf(block[at] ?? '');
    if (cells.length === 0) continue;
    if (!cells.every(isHead)) break;
    if (cells.length > 1) piped = true;
    heads.push(...cells);
  }
  const columns = columnsOf(heads);
  if (!columns.some((c) => ID_HEAD.test(c)) || !columns.some((c) => MONEY_HEAD.test(c) || AREA_HEAD.test(c))) return null;
  const rest = block.slice(at).map(cellsOf).filter((cells) => cells.length > 0);
  const parcels: SaleParcel[] = [];
  if (piped) {
    for (let i = 0; i < rest.length; i++) {
      const row = rest[i] ?? [];
      if (row.length !== columns.length) break;
      const continuation: string[][] = [];
      while (i + 1 < rest.length && (rest[i + 1]?.length ?? 0) < columns.length && (rest[i + 1] ?? []).every((c) => SPLIT_CELL.test(c))) {
        continuation.push(rest[i + 1] ?? []);
        i++;
      }
      const parcel = parcelOf(columns, row, continuation);
      if (!parcel) break;
      parcels.push(parcel);
    }
  } else {
    const cells = rest.map((r) => r.join(''));
    for (let i = 0; i + columns.length <= cells.length; i += columns.length) {
      const row = cells.slice(i, i + columns.length);
      if (row.some((c) => c.length > MAX_CELL || /[。；]/.test(c))) break;
      const parcel = parcelOf(columns, row, []);
      if (!parcel) break;
      parcels.push(parcel);
    }
  }
  return parcels.length > 0 ? parcels : null;
}

/** Parcels of the sale tables in `text` (already normalised by normaliseFactText). */
export function extractSaleTable(text: string): SaleTable {
  if (!text.includes('出让') || !text.includes('编号')) return { parcels: [] };
  const lines = text.split('\n');
  const parcels: SaleParcel[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = cellsOf(lines[i] ?? '')[0] ?? '';
    if (!ID_HEAD.test(first) || first.length > 8) continue;
    const found = readFrom(lines, i);
    if (found) parcels.push(...found);
  }
  return { parcels };
}

/** 65 → 65号地块, 兖土2024-1号 → 兖土2024-1号地块. */
export const parcelName = (id: string): string => `${id.endsWith('号') ? id : `${id}号`}地块`;

/** The parcels' places: 兖土2024-1号地块：文化路以南；… */
export function saleLocation(table: SaleTable): string | null {
  const byPlace = new Map<string, string[]>();
  for (const p of table.parcels) {
    if (!p.location) continue;
    byPlace.set(p.location, [...(byPlace.get(p.location) ?? []), parcelName(p.id)]);
  }
  if (byPlace.size === 0) return null;
  return [...byPlace].map(([place, ids]) => `${place}（${ids.join('、')}）`).join('；');
}

/** The parcels' areas as printed, and their total in m². */
export function saleArea(table: SaleTable): { area: string; squareMetres: number } | null {
  const withArea = table.parcels.filter((p) => p.areas.length > 0 && p.squareMetres !== null);
  if (withArea.length === 0) return null;
  const squareMetres = roundTo(withArea.reduce((a, p) => a + (p.squareMetres ?? 0), 0), 2);
  return { area: withArea.map((p) => `${parcelName(p.id)}${p.areas.join('、')}`).join('；'), squareMetres };
}

/** One item per parcel: its 起始价, 竞买保证金 and 增价幅度 as printed; the amount is the first of them in 元. */
export function saleCompensation(table: SaleTable): Compensation[] {
  return table.parcels
    .filter((p) => p.money.length > 0)
    .map((p) => {
      const first = p.money[0];
      const value = first ? parseNumber(first.value) : null;
      const amount = first && value !== null ? roundTo(first.unit === '万元' ? value * 10_000 : value, 2) : null;
      return {
        text: `${parcelName(p.id)}：${p.money.map((m) => `${m.head}${m.value}${m.unit}`).join('、')}`,
        amount,
        unit: '元',
        appliesTo: first?.head ?? null,
      };
    });
}
