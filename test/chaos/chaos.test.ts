import { describe, expect, it } from 'vitest';
import { runChaosSuite } from './suite.ts';

/**
 * The small-seed chaos run inside `npm test` (`npm run chaos` runs more seeds over every source): faults on
 * every port, every message delivered twice at once, redrive rounds — and nothing lost, nothing sent twice,
 * nothing stuck, measured against a fault-free reference run.
 */
describe('chaos on the local cloud (small seed)', () => {
  it('loses nothing, sends nothing twice and leaves nothing stuck', async () => {
    const lines: string[] = [];
    const result = await runChaosSuite({ runs: 1, seed: 1, rate: 0.05, rounds: 2, sources: ['taiyuan-daily'], log: (l) => lines.push(l) });
    expect(result.details, lines.join('\n')).toEqual([]);
    expect(result.faults).toBeGreaterThan(20);
    expect(result.line).toMatch(/^chaos: runs=1 faults=\d+ lost=0 duplicates=0 stuck=0$/);
  }, 120_000);
});
