/**
 * The regression floor: `npm run eval`'s figures on ../shared/corpus and the sample site may not fall below
 * bench/eval-floor.json. Raise the floor when you improve (`npm run eval -- --raise-floor`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { belowFloor, readFloor } from '../../../shared/eval/floor.ts';
import { runEval, type EvalReport } from '../../../shared/eval/run-eval.ts';

describe('eval regression floor', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runEval();
  }, 120_000);

  it('reads the whole corpus and the sample site', () => {
    expect(report.corpus.documents).toBeGreaterThanOrEqual(120);
    expect(report.corpus.htmlPages).toBeGreaterThanOrEqual(31);
    expect(report.corpus.siteFiles).toBeGreaterThan(0);
  });

  it('crashes on no file', () => {
    const crashes = report.metrics.find((m) => m.name === 'crashes');
    expect(report.failures.filter((f) => f.metric === 'crashes')).toEqual([]);
    expect(crashes?.value).toBe(0);
  });

  it('every metric holds its floor (and has one)', () => {
    const below = belowFloor(report.metrics, readFloor()).map((b) => `${b.metric.name}: ${b.metric.value.toFixed(3)} < ${b.floor ?? 'no floor'}`);
    expect(below).toEqual([]);
  });
});
