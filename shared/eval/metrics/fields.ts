/** Title, 文号, issuer and date: exact after folding printing variants (null must meet null). */
import type { ParsedDocument } from '../../model/document.ts';
import { comparable, docNumberKey } from '../comparable.ts';
import type { HtmlLabel, TextLabel } from '../corpus.ts';
import type { Failure, Metric, MetricResult, Reading } from '../types.ts';
import { ratio } from '../types.ts';

interface FieldSpec<L> {
  name: string;
  label: string;
  expected: (label: L) => unknown;
  got: (doc: ParsedDocument | null) => unknown;
  same: (expected: unknown, got: unknown) => boolean;
}

const textEqual = (a: unknown, b: unknown): boolean => comparable(a as string | null) === comparable(b as string | null);
const numberEqual = (a: unknown, b: unknown): boolean => docNumberKey(a as string | null) === docNumberKey(b as string | null);
const listEqual = (a: unknown, b: unknown): boolean => {
  const x = (a as string[]).map(comparable);
  const y = (b as string[]).map(comparable);
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

const issuersOf = (doc: ParsedDocument | null): string[] => (doc ? (doc.issuers ?? (doc.issuer ? [doc.issuer] : [])) : []);
/**
 * The text labels write a joint document's issuers as printed, in one string (云南省财政厅、云南省科学技术厅):
 * the product's issuers in order, joined the same way, are compared with it.
 */
const issuersAsPrinted = (doc: ParsedDocument | null): string | null => {
  const issuers = issuersOf(doc);
  return issuers.length > 0 ? issuers.join('、') : null;
};

export const textFields: FieldSpec<TextLabel>[] = [
  { name: 'title', label: '标题 title', expected: (l) => l.title, got: (d) => d?.title ?? null, same: textEqual },
  { name: 'docNumber', label: '文号 doc number', expected: (l) => l.docNumber, got: (d) => d?.docNumber ?? null, same: numberEqual },
  { name: 'issuer', label: '发文机关 issuer', expected: (l) => l.issuer, got: issuersAsPrinted, same: textEqual },
  { name: 'date', label: '成文日期 date', expected: (l) => l.date, got: (d) => d?.date ?? null, same: (a, b) => a === b },
];

export const htmlFields: FieldSpec<HtmlLabel>[] = [
  { name: 'html.title', label: '网页 标题 title', expected: (l) => l.title, got: (d) => d?.title ?? null, same: textEqual },
  { name: 'html.docNumber', label: '网页 文号 doc number', expected: (l) => l.docNumber, got: (d) => d?.docNumber ?? null, same: numberEqual },
  { name: 'html.issuers', label: '网页 发文机关 issuers', expected: (l) => l.issuers, got: issuersOf, same: listEqual },
  { name: 'html.date', label: '网页 成文日期 date', expected: (l) => l.date, got: (d) => d?.date ?? null, same: (a, b) => a === b },
];

export function scoreFields<L>(readings: Reading<L>[], specs: FieldSpec<L>[]): MetricResult {
  const metrics: Metric[] = [];
  const failures: Failure[] = [];
  for (const spec of specs) {
    let correct = 0;
    for (const r of readings) {
      const expected = spec.expected(r.label);
      const got = spec.got(r.doc);
      if (spec.same(expected, got)) correct++;
      else failures.push({ metric: spec.name, id: r.id, expected, got });
    }
    metrics.push({ name: spec.name, label: spec.label, value: ratio(correct, readings.length), count: readings.length, goal: 0.95, higherIsBetter: true });
  }
  return { metrics, failures };
}
