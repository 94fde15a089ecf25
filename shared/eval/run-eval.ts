/**
 * The yardstick: every corpus file (and the sample site's files) through the pipeline's own analysis,
 * scored against the hand-read labels. In-process, one pass.
 */
import { categories, scoreCategories, type Confusion } from './metrics/categories.ts';
import { scoreAppointments } from './metrics/appointments.ts';
import { htmlFields, scoreFields, textFields } from './metrics/fields.ts';
import { scoreLand } from './metrics/land.ts';
import { scoreRegulations } from './metrics/regulations.ts';
import { loadCorpus, defaultCorpusDir } from './corpus.ts';
import { readItem } from './read-corpus.ts';
import { readSite, scoreSite } from './site.ts';
import type { Failure, Metric, MetricResult, Reading } from './types.ts';

export interface EvalReport {
  corpus: {
    dir: string;
    documents: number;
    htmlPages: number;
    byCategory: Record<string, number>;
    siteFiles: number;
    seconds: number;
  };
  metrics: Metric[];
  confusion: Confusion;
  failures: Failure[];
}

export interface EvalOptions {
  corpusDir?: string;
  /** Called after each file, for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
}

function crashes(readings: Reading<unknown>[]): MetricResult {
  const failed = readings.filter((r) => r.error !== null);
  return {
    metrics: [{ name: 'crashes', label: '崩溃/拒读 crashes', value: failed.length, count: readings.length, goal: 0, higherIsBetter: false }],
    failures: failed.map((r) => ({ metric: 'crashes', id: r.id, expected: 'read', got: r.error })),
  };
}

export async function runEval(options: EvalOptions = {}): Promise<EvalReport> {
  const started = performance.now();
  const corpus = loadCorpus(options.corpusDir ?? defaultCorpusDir);
  const total = corpus.texts.length + corpus.html.length;
  let done = 0;
  const texts = [];
  for (const item of corpus.texts) {
    texts.push(await readItem(item));
    options.onProgress?.(++done, total);
  }
  const pages = [];
  for (const item of corpus.html) {
    pages.push(await readItem({ ...item, label: { ...item.label } }));
    options.onProgress?.(++done, total);
  }
  const site = await readSite();

  const categoryResult = scoreCategories(texts);
  const parts: MetricResult[] = [
    crashes([...texts, ...pages]),
    categoryResult,
    scoreAppointments(texts),
    scoreLand(texts),
    scoreRegulations(texts),
    scoreFields(texts, textFields),
    scoreFields(pages, htmlFields),
    scoreCategories(pages, 'html.'),
    scoreSite(site),
  ];
  const byCategory = Object.fromEntries(categories.map((c) => [c, corpus.texts.filter((t) => t.label.category === c).length]));
  return {
    corpus: {
      dir: corpus.dir,
      documents: corpus.texts.length,
      htmlPages: corpus.html.length,
      byCategory,
      siteFiles: site.reduce((n, s) => n + s.files, 0),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    },
    metrics: parts.flatMap((p) => p.metrics),
    confusion: categoryResult.confusion,
    failures: parts.flatMap((p) => p.failures),
  };
}

/** Whether a metric meets its goal. */
export const meetsGoal = (m: Metric): boolean => (m.higherIsBetter ? m.value >= m.goal : m.value <= m.goal);
