import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EARLIER_RESULTS_ENV, earlierResult } from '../../../bench/earlier-results.ts';

const row = (name: string, value: number) => ({ name, value, unit: 'ms', budget: null, better: 'lower' as const, suite: 'ocr.ts' });

describe('rows of earlier suites', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-earlier-'));
  const file = join(dir, 'results.json');
  const run = join(dir, 'earlier.json');
  writeFileSync(file, JSON.stringify({ machine: {}, results: [row('ocr.ms_per_page', 3600), row('ocr.dpi', 300)] }));
  writeFileSync(run, JSON.stringify([row('ocr.ms_per_page', 3400)]));

  it("prefers this run's row, then the last results file's, else null", () => {
    expect(earlierResult('ocr.ms_per_page', { [EARLIER_RESULTS_ENV]: run }, file)).toBe(3400);
    expect(earlierResult('ocr.dpi', { [EARLIER_RESULTS_ENV]: run }, file)).toBe(300);
    expect(earlierResult('ocr.ms_per_page', {}, file)).toBe(3600);
    expect(earlierResult('ocr.ms_per_page', {}, join(dir, 'missing.json'))).toBeNull();
  });

  it('ignores a results file of another shape instead of reading a wrong number', () => {
    const odd = join(dir, 'odd.json');
    writeFileSync(odd, JSON.stringify({ results: [{ name: 'ocr.ms_per_page', value: 'fast' }] }));
    expect(earlierResult('ocr.ms_per_page', {}, odd)).toBeNull();
  });
});
