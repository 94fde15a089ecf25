/** Reading the hand-labelled classification fixtures and scoring predictions against them. */
import { readFileSync } from 'node:fs';
import type { Appointment, Category, LandStage, ParsedDocument, Subtype } from '../../../shared/model/document.ts';

export interface LabelledDocument {
  index: number;
  title: string;
  docNumber: string | null;
  category: Category;
  subtype: Subtype;
  appointments?: Appointment[];
  /** The land procedure stage (issue 13), where the document is land. */
  landStage?: LandStage;
  regulation?: { name?: string; effectiveDate: string | null; validity?: string; repeals: string[] };
}

export interface ClassifyLabel {
  seed: string;
  kind: string;
  publishedDate?: string;
  notes: string;
  documents: LabelledDocument[];
}

export const SEEDS = [
  '000_9baf46a1570faede',
  '001_55abe29401c58ba5',
  '002_f0a4a187131c9a4a',
  '003_c42a2dc98e3e15dd',
  '004_846eea8e32d5f7bb',
] as const;

const fixtures = new URL('../../fixtures/', import.meta.url);
export const seedText = (seed: string): string => readFileSync(new URL(`seeds/${seed}.txt`, fixtures), 'utf8');
export const classifyLabel = (seed: string): ClassifyLabel =>
  JSON.parse(readFileSync(new URL(`labels/classify/${seed}.json`, fixtures), 'utf8')) as ClassifyLabel;

/** The parsed document a label speaks of: same index and title, else the first with that title. */
export function matchDocument<T extends Pick<ParsedDocument, 'title' | 'docNumber'>>(docs: readonly T[], label: LabelledDocument): T | null {
  const same = docs[label.index];
  if (same && same.title === label.title) return same;
  return docs.find((d) => d.title === label.title && d.docNumber === label.docNumber) ?? null;
}

export interface PrecisionRecall {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

const tripleKey = (a: Appointment): string => `${a.person}|${a.action}|${a.position}`;

/** Precision/recall/F1 of predicted triples against expected ones (multiset match). */
export function scoreTriples(expected: readonly Appointment[], predicted: readonly Appointment[]): PrecisionRecall {
  const pool = new Map<string, number>();
  for (const a of expected) pool.set(tripleKey(a), (pool.get(tripleKey(a)) ?? 0) + 1);
  let truePositives = 0;
  for (const a of predicted) {
    const left = pool.get(tripleKey(a)) ?? 0;
    if (left > 0) {
      truePositives++;
      pool.set(tripleKey(a), left - 1);
    }
  }
  const precision = predicted.length === 0 ? 1 : truePositives / predicted.length;
  const recall = expected.length === 0 ? 1 : truePositives / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted: predicted.length, expected: expected.length, precision, recall, f1 };
}
