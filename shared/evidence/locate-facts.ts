/**
 * Where each extracted fact of a document stands in the original: the line of the issue text it was read
 * from and, when the extract stage's page map is known, the page of the PDF. Pure.
 */
import type { LandFacts } from '../model/document.ts';
import { compensationTerms, deadlineLabel, groupedCompensation } from '../notify/render-parts.ts';
import type { LocatedFact } from '../projects/project-model.ts';

/** One page of the original and the lines of the extracted text it gave (the extract stage's page map). */
export interface PageSpan {
  page: number;
  startLine: number | null;
  endLine: number | null;
}

export interface LocateInput {
  land: LandFacts | null;
  /** The issue text's lines (1-based line n is lines[n - 1]). */
  lines: readonly string[];
  startLine: number;
  endLine: number;
  pages: readonly PageSpan[];
}

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** The page holding a line, or null when no page map covers it. */
export function pageOfLine(pages: readonly PageSpan[], line: number): number | null {
  const hit = pages.find((p) => p.startLine !== null && p.endLine !== null && p.startLine <= line && line <= p.endLine);
  return hit?.page ?? null;
}

/** The first line of the document that holds the start of `value` (its first 10 characters, spaces ignored). */
export function lineOf(value: string, input: Pick<LocateInput, 'lines' | 'startLine' | 'endLine'>): number | null {
  const needle = compact(value).slice(0, 10);
  if (needle.length < 2) return null;
  const last = Math.min(input.endLine, input.lines.length);
  for (let n = input.startLine; n <= last; n++) if (compact(input.lines[n - 1] ?? '').includes(needle)) return n;
  // A value broken over two lines: look in each line joined with the next.
  for (let n = input.startLine; n < last; n++) if (compact(`${input.lines[n - 1]}${input.lines[n]}`).includes(needle)) return n;
  return null;
}

function factsOf(land: LandFacts | null): { label: string; value: string }[] {
  if (!land) return [];
  const out: { label: string; value: string }[] = [];
  if (land.project) out.push({ label: '项目', value: land.project });
  if (land.location) out.push({ label: '位置', value: land.location });
  if (land.area) out.push({ label: '面积', value: land.area });
  // Grouped by what they pay for, each with its condition beside the rate (the value opens with the printed text).
  for (const { label, item } of groupedCompensation(land.compensation)) {
    out.push({ label: item.appliesTo ? `${label}（${item.appliesTo}）` : label, value: `${item.text}${compensationTerms(item)}` });
  }
  for (const d of land.deadlines) out.push({ label: deadlineLabel(d), value: d.statutory && d.basis ? `${d.text}（${d.basis}）` : d.text });
  for (const b of land.legalBasis ?? []) out.push({ label: '法律依据', value: b });
  return out;
}

export function locateFacts(input: LocateInput): LocatedFact[] {
  return factsOf(input.land).map((f) => {
    const line = lineOf(f.value, input);
    return { ...f, line, page: line === null ? null : pageOfLine(input.pages, line) };
  });
}
