/**
 * Compensation tables of a 征地补偿安置方案 flattened into one cell a line, under a units line:
 *
 *   单位：公顷、万元
 *   被征地单位 / 地类 / 面积 / 土地补偿费 / 安置补助费 / 合计      (header cells)
 *   某村第1村民小组 / 农用地 / 0.5 / 20.1 / 30.2 / 50.3            (rows of as many cells)
 *
 * Each row gives an area (the 面积 column, in the area unit) and a compensation item (the money columns, in the
 * money unit). One pass over the lines after each units line; nothing is read when the rows do not line up.
 */
import type { Compensation } from '../../model/document.ts';
import { parseNumber, roundTo } from './numbers.ts';
import { AREA_UNITS } from './vocabulary.ts';

const UNITS_LINE = /单位\s*[:：]\s*([^\n]{1,20})$/;
const MONEY_UNITS = ['万元', '元'];
const NUMBER_CELL = /^\d+(?:\.\d+)?$/;
/** Header cells are short; a table has at most this many columns and header lines are looked for this far. */
const MAX_CELL = 24;
const MAX_COLUMNS = 12;
const MAX_ROWS = 60;
const AREA_HEADER = /面积/;
const MONEY_HEADER = /费|补偿|补助|合计|金额|款/;
const TOTAL_HEADER = /合计|小计|总计/;

export interface TableFacts {
  areas: { printed: string; squareMetres: number }[];
  compensation: Compensation[];
}

const isNumber = (cell: string): boolean => NUMBER_CELL.test(cell);

/** Rows of `width` cells from `cells[from]`, while each row has numbers exactly where the first one has. */
function rowsOf(cells: readonly string[], from: number, width: number): string[][] {
  const rows: string[][] = [];
  const first = cells.slice(from, from + width);
  if (first.length < width) return rows;
  const shape = first.map(isNumber);
  for (let at = from; at + width <= cells.length && rows.length < MAX_ROWS; at += width) {
    const row = cells.slice(at, at + width);
    if (!row.every((c, j) => isNumber(c) === shape[j])) break;
    rows.push(row);
  }
  return rows;
}

function readTable(lines: readonly string[], start: number, areaUnit: string | null, moneyUnit: string | null, out: TableFacts): void {
  const cells = lines.slice(start, start + MAX_COLUMNS * (MAX_ROWS + 2)).map((l) => l.trim());
  const firstNumber = cells.findIndex(isNumber);
  if (firstNumber < 3) return;
  let best: { header: string[]; rows: string[][] } | null = null;
  for (let width = 2; width <= Math.min(MAX_COLUMNS, firstNumber - 1); width++) {
    const header = cells.slice(0, width);
    if (header.some((h) => h.length === 0 || h.length > MAX_CELL || isNumber(h))) continue;
    const rows = rowsOf(cells, width, width);
    if (rows.length === 0 || (rows[0] ?? []).filter(isNumber).length === 0) continue;
    if (!best || rows.length > best.rows.length) best = { header, rows };
  }
  if (!best) return;
  const { header, rows } = best;
  const areaCol = header.findIndex((h) => AREA_HEADER.test(h));
  const perUnit = AREA_UNITS.find((u) => u.unit === areaUnit)?.squareMetres ?? null;
  for (const row of rows) {
    const label = row.filter((c, j) => !isNumber(c) && j !== areaCol).join('');
    const areaValue = areaCol >= 0 && isNumber(row[areaCol] ?? '') ? (row[areaCol] ?? '') : null;
    const areaText = areaValue !== null && areaUnit ? `${areaValue}${areaUnit}` : '';
    if (areaValue !== null && areaUnit && perUnit !== null) {
      out.areas.push({ printed: `${areaText}(${label})`, squareMetres: roundTo((parseNumber(areaValue) ?? 0) * perUnit, 2) });
    }
    if (!moneyUnit) continue;
    const parts: string[] = [];
    let total: number | null = null;
    header.forEach((h, j) => {
      const cell = row[j] ?? '';
      if (j === areaCol || !isNumber(cell) || !MONEY_HEADER.test(h)) return;
      parts.push(`${h}${cell}${moneyUnit}`);
      if (TOTAL_HEADER.test(h)) total = parseNumber(cell);
    });
    if (parts.length === 0) continue;
    // As the lump sums of ./compensation-items.ts: amounts in 元, the unit saying when the table printed 万元.
    const tenThousand = moneyUnit === '万元';
    const amount = total === null ? null : roundTo(tenThousand ? total * 10_000 : total, 2);
    const unit = tenThousand ? '元（原文以万元计，已换算为元）' : '元';
    out.compensation.push({ text: `${label}${areaText}:${parts.join('、')}`, amount, unit, appliesTo: null });
  }
}

/** Areas and compensation items of the flattened tables in `text`. */
export function extractTables(text: string): TableFacts {
  const out: TableFacts = { areas: [], compensation: [] };
  if (!text.includes('单位')) return out;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = UNITS_LINE.exec(line);
    if (!m) return;
    const units = (m[1] ?? '').split(/[、，,/\s]+/).filter((u) => u !== '');
    const areaUnit = units.find((u) => AREA_UNITS.some((a) => a.unit === u)) ?? null;
    const moneyUnit = units.find((u) => MONEY_UNITS.includes(u)) ?? null;
    if (areaUnit || moneyUnit) readTable(lines, i + 1, areaUnit, moneyUnit, out);
  });
  return out;
}
