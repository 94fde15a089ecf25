import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud } from '../../infra/local/cloud.ts';
import { runCycle, type CycleSummary } from '../../infra/local/cycle.ts';
import type { BenchResult, BenchSuite } from '../result.ts';

const RUNS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Whole local monitoring cycles (first: everything new; second: the next issue) and each stage. */
export const suite: BenchSuite = {
  title: '本地完整监测周期 whole local cycle',
  async run(): Promise<BenchResult[]> {
    const firsts: CycleSummary[] = [];
    const seconds: CycleSummary[] = [];
    const totals: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'gw-bench-'));
      const cloud = await startLocalCloud({ dir, now: new Date('2026-11-20T02:00:00Z') });
      const t0 = performance.now();
      firsts.push(await runCycle(cloud));
      totals.push(performance.now() - t0);
      cloud.site.publishNext();
      cloud.setNow(new Date('2026-11-27T02:00:00Z'));
      seconds.push(await runCycle(cloud));
      await cloud.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const stages = ['plan', 'fetch', 'extract', 'process', 'notify', 'digest'] as const;
    const docs = firsts[0]?.documentsProcessed ?? 0;
    return [
      { name: 'cycle.first.total', value: median(totals), unit: 'ms', budget: 30_000, better: 'lower' },
      ...stages.map((s): BenchResult => ({ name: `cycle.first.${s}`, value: median(firsts.map((f) => f.stageMs[s])), unit: 'ms', budget: null, better: 'lower' })),
      {
        name: 'cycle.second.total',
        value: median(seconds.map((s) => Object.values(s.stageMs).reduce((a, b) => a + b, 0))),
        unit: 'ms',
        budget: 10_000,
        better: 'lower',
      },
      { name: 'cycle.first.documents', value: docs, unit: 'docs', budget: null, better: 'higher' },
      {
        name: 'cycle.first.process_per_document',
        value: median(firsts.map((f) => f.stageMs.process / Math.max(1, f.documentsProcessed))),
        unit: 'ms/doc',
        budget: null,
        better: 'lower',
      },
      {
        // Reads of the head, conditional writes of version, appearance, change and head, per document.
        name: 'cycle.first.dynamodb_requests_per_document',
        value: median(firsts.map((f) => f.dynamoRequests.process / Math.max(1, f.documentsProcessed))),
        unit: 'req/doc',
        budget: null,
        better: 'lower',
      },
      {
        name: 'cycle.second.dynamodb_requests_per_document',
        value: median(seconds.map((s) => s.dynamoRequests.process / Math.max(1, s.documentsProcessed))),
        unit: 'req/doc',
        budget: null,
        better: 'lower',
      },
    ];
  },
};
