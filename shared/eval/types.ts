import type { ParsedDocument } from '../model/document.ts';

/** One metric of the report: `value` over `count` cases, against the goal the issues set. */
export interface Metric {
  name: string;
  /** What a person reads in the table (Chinese, English where it helps). */
  label: string;
  value: number;
  count: number;
  goal: number;
  /** Whether a higher value is better (crashes: lower is better). */
  higherIsBetter: boolean;
}

/** One case a metric got wrong: enough to see what to fix without opening the code. */
export interface Failure {
  metric: string;
  id: string;
  expected: unknown;
  got: unknown;
  /** The classifier's evidence for the document compared, where it has any. */
  evidence?: string[];
}

/** What the product made of one corpus file, and which of its documents stands for the labelled one. */
export interface Reading<L> {
  id: string;
  label: L;
  /** The document compared with the label, or null when the file gave none (or crashed). */
  doc: ParsedDocument | null;
  /** Every non-duplicate document the file gave. */
  documents: ParsedDocument[];
  /** Why reading failed (an exception or a refused file), or null. */
  error: string | null;
}

export interface MetricResult {
  metrics: Metric[];
  failures: Failure[];
}

export function ratio(correct: number, count: number): number {
  return count === 0 ? 1 : correct / count;
}
