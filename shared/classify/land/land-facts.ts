/**
 * Facts of a land notice (征收土地预公告, 征地补偿安置方案公告, 国有土地上房屋征收决定, 收回国有土地使用权通告 …):
 * project, location and 四至, area (also in m²), compensation standards, deadlines with calendar dates,
 * the requisitioning and the implementing bodies, and the legal basis. Whether a document is about land
 * is decided elsewhere; this only extracts. Pure and linear in the text length.
 */
import type { Compensation, LandFacts, LandStage } from '../../model/document.ts';
import { extractArea } from './areas.ts';
import { extractCompensation } from './compensation.ts';
import { extractOtherCompensation } from './compensation-items.ts';
import { withTerms } from './compensation-terms.ts';
import { extractDeadlines } from './deadlines.ts';
import { extractLegalBasis } from './legal-basis.ts';
import { extractBoundaries, extractLocation } from './location.ts';
import { normaliseFactText } from './normalise.ts';
import { extractImplementer, extractRequisitioner } from './parties.ts';
import { isReviewableAct, withStatutory } from './statutory.ts';
import { extractProject } from './project.ts';
import { extractSaleTable, saleArea, saleCompensation, saleLocation, type SaleTable } from './sale-table.ts';
import { extractTables, type TableFacts } from './tables.ts';

/** Rates per unit first, then the standards applied by reference, multiples and lump sums. */
function compensationOf(text: string, tables: TableFacts, sale: SaleTable): Compensation[] {
  const rates = extractCompensation(text);
  return withTerms(text, [...rates, ...extractOtherCompensation(text, rates), ...tables.compensation, ...saleCompensation(sale)]);
}

/** The area the text prints, else the rows of a flattened compensation table (each with its unit's name). */
function areaOf(text: string, tables: TableFacts, sale: SaleTable): { area: string; squareMetres: number } | null {
  const printed = extractArea(text) ?? saleArea(sale);
  if (printed || tables.areas.length === 0) return printed;
  const squareMetres = Math.round(tables.areas.reduce((a, b) => a + b.squareMetres, 0) * 100) / 100;
  return { area: tables.areas.map((a) => a.printed).join('、'), squareMetres };
}

/**
 * @param stage the stage the classifier read; a requisition decision gets the review windows the law fixes.
 * @param anchorDate ISO date of the notice's 落款 / publication; relative deadlines (自本通告发布之日起15日内)
 *   resolve against it, and stay without a date when it is null.
 */
export function extractLandFacts(
  input: { title: string | null; text: string },
  anchorDate: string | null,
  printed: (phrase: string) => string = (phrase) => phrase,
  stage?: LandStage,
): LandFacts {
  const title = normaliseFactText(input.title ?? '').replace(/\s+/g, '');
  const text = normaliseFactText(input.text);
  const tables = extractTables(text);
  const sale = extractSaleTable(text);
  const area = areaOf(text, tables, sale);
  // A sale notice's parcels are where it is: their places, parcel by parcel, before any place named in passing.
  const location = saleLocation(sale) ?? extractLocation(text, title);
  const boundaries = extractBoundaries(text, location);
  const asPrinted = (phrase: string | null): string | null => (phrase === null ? null : printed(phrase));
  return {
    project: asPrinted(extractProject(title, text)),
    location: asPrinted(location),
    ...(boundaries ? { boundaries } : {}),
    area: area?.area ?? null,
    areaSquareMetres: area?.squareMetres ?? null,
    compensation: compensationOf(text, tables, sale).map((c) => ({ ...c, text: printed(c.text) })),
    deadlines: withStatutory(
      extractDeadlines(text, title, anchorDate).map((d) => ({ ...d, text: printed(d.text) })),
      isReviewableAct(stage, title, text),
      anchorDate,
    ),
    implementer: extractImplementer(text),
    requisitioner: extractRequisitioner(title, text),
    legalBasis: extractLegalBasis(text),
  };
}
