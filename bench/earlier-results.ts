/**
 * Rows other suites wrote, for a suite that builds on them (the cost model prices OCR at the ocr suite's
 * `ocr.ms_per_page`). Within `npm run bench` the runner orders such a suite after the ones it reads
 * (bench/suite-order.ts) and hands over this run's rows; a suite run alone reads bench/results.json,
 * which keeps every suite's latest rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

/** Environment variable naming the JSON file of the rows this bench run has produced so far. */
export const EARLIER_RESULTS_ENV = 'GW_BENCH_EARLIER_RESULTS';
export const RESULTS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'results.json');

/** A row as bench/results.json stores it: a BenchResult and the suite file that wrote it. */
export const storedRowSchema = z.object({
  name: z.string(),
  value: z.number(),
  unit: z.string(),
  budget: z.number().nullable(),
  better: z.enum(['lower', 'higher']),
  suite: z.string().optional(),
});
export type StoredRow = z.infer<typeof storedRowSchema>;
export const resultsFileSchema = z.object({ results: z.array(storedRowSchema) });
const earlierSchema = z.array(storedRowSchema);

function rowsOf(path: string, schema: z.ZodType<StoredRow[]>): StoredRow[] {
  if (!existsSync(path)) return [];
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success ? parsed.data : [];
}

/** Every row of a results file; none when it is missing or not one. */
export const resultsFileRows = (path = RESULTS_FILE): StoredRow[] => rowsOf(path, resultsFileSchema.transform((f) => f.results));

/** The value of row `name` from this run's earlier suites, else from the last results file; null if neither has it. */
export function earlierResult(name: string, env: NodeJS.ProcessEnv = process.env, resultsFile = RESULTS_FILE): number | null {
  const earlier = env[EARLIER_RESULTS_ENV];
  const fromRun = earlier ? rowsOf(earlier, earlierSchema).find((r) => r.name === name) : undefined;
  if (fromRun) return fromRun.value;
  const fromFile = resultsFileRows(resultsFile).find((r) => r.name === name);
  return fromFile ? fromFile.value : null;
}
