/** Primary category: accuracy, per-category precision and recall, and the confusion matrix. */
import type { Category } from '../../model/document.ts';
import { categorySchema } from '../../model/document.ts';
import type { Failure, Metric, Reading } from '../types.ts';
import { ratio } from '../types.ts';

export const categories: readonly Category[] = categorySchema.options;

const zh: Record<Category, string> = { appointment: '任免', land: '土地', regulation: '法规', other: '其他' };

/** confusion[expected][got]; `none` is a file that gave no document. */
export type Confusion = Record<Category, Record<Category | 'none', number>>;

export interface CategoryResult {
  metrics: Metric[];
  failures: Failure[];
  confusion: Confusion;
}

export function scoreCategories<L extends { category: Category }>(readings: Reading<L>[], prefix = ''): CategoryResult {
  const confusion = Object.fromEntries(categories.map((c) => [c, { appointment: 0, land: 0, regulation: 0, other: 0, none: 0 }])) as Confusion;
  const failures: Failure[] = [];
  let correct = 0;
  for (const r of readings) {
    const got = r.doc?.category ?? 'none';
    confusion[r.label.category][got]++;
    if (got === r.label.category) correct++;
    else failures.push({ metric: `${prefix}category`, id: r.id, expected: r.label.category, got, evidence: r.doc?.evidence ?? [] });
  }
  const metrics: Metric[] = [
    { name: `${prefix}category`, label: `${prefix ? '网页 ' : ''}类别准确率 category accuracy`, value: ratio(correct, readings.length), count: readings.length, goal: 0.95, higherIsBetter: true },
  ];
  if (prefix) return { metrics, failures, confusion };
  for (const c of categories) {
    const truth = readings.filter((r) => r.label.category === c).length;
    const predicted = readings.filter((r) => r.doc?.category === c).length;
    const hits = confusion[c][c];
    metrics.push(
      { name: `category.${c}.precision`, label: `类别 ${zh[c]} 精确率 precision`, value: ratio(hits, predicted), count: predicted, goal: 0.95, higherIsBetter: true },
      { name: `category.${c}.recall`, label: `类别 ${zh[c]} 召回率 recall`, value: ratio(hits, truth), count: truth, goal: 0.95, higherIsBetter: true },
    );
  }
  return { metrics, failures, confusion };
}
