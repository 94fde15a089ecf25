/**
 * The cost model, computed (issue 18): per-source fetch counts (plan's packing, the real fetch handler, the
 * shipped politeness, a simulated round trip) and per-issue/document/change counts (one local cycle over the
 * sample site) measured on the local cloud, with the production log settings, multiplied by the committed price
 * table (bench/cost/prices.ts) at 3,000 and 30,000 sources polled hourly, in us-east-1 and cn-north-1. Writes
 * the totals and line items as `cost.*` rows and regenerates docs/OPERATIONS.md §9 between its markers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { earlierResult } from '../earlier-results.ts';
import type { BenchResult, BenchSuite } from '../result.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SCALES = [3000, 30000] as const;
const BUDGETS: Record<(typeof SCALES)[number], number> = { 3000: 25, 30000: 150 };
/** docs/OCR.md: 3–5 s a page at 300 dpi on one core; used only when the ocr suite has not written its row. */
const ASSUMED_OCR_MS_PER_PAGE = 4000;

/** `ocr.ms_per_page` as the ocr suite measured it (this run, or the last one), if it did. */
function measuredOcrMsPerPage(): number | null {
  const value = earlierResult('ocr.ms_per_page');
  return value !== null && value > 0 ? value : null;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export const suite: BenchSuite = {
  title: '成本模型 cost model (3,000 and 30,000 sources hourly)',
  async run(): Promise<BenchResult[]> {
    // The stack's log settings, so the log bytes measured are what CloudWatch would ingest (local runs are silent).
    process.env.POWERTOOLS_LOG_LEVEL = 'WARN';
    process.env.POWERTOOLS_LOGGER_SAMPLE_RATE = '0.01';
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    // Loaded only now: the logger and metrics read the settings above when their modules load.
    const { functionSpecs } = await import('../../infra/constructs/pipeline.ts');
    const { measureFetch, SIMULATED_RTT_MS } = await import('../cost/measure-fetch.ts');
    const { measureCycle } = await import('../cost/measure-cycle.ts');
    const { estimate } = await import('../cost/model.ts');
    const { priceTable } = await import('../cost/prices.ts');
    const { renderCostSection, writeCostSection } = await import('../cost/operations-section.ts');
    const { stackInventory } = await import('../cost/stack-inventory.ts');

    const dir = mkdtempSync(join(tmpdir(), 'gw-bench-cost-'));
    try {
      const ocrMeasured = measuredOcrMsPerPage();
      const ocrMsPerPage = ocrMeasured ?? ASSUMED_OCR_MS_PER_PAGE;
      const fetched = await measureFetch(join(dir, 'fetch'), { fetch: functionSpecs.fetch.memoryMb, plan: functionSpecs.plan.memoryMb });
      const cycle = await measureCycle(join(dir, 'cycle'), { extract: functionSpecs.extract.memoryMb, process: functionSpecs.process.memoryMb, notify: functionSpecs.notify.memoryMb }, ocrMsPerPage);
      const measured = {
        fetch: fetched.fetch,
        plan: fetched.plan,
        issue: cycle.issue,
        document: cycle.document,
        change: cycle.change,
        storage: cycle.storage,
        fixed: { ...stackInventory(), customMetrics: new Set([...fetched.metrics, ...cycle.metrics]).size },
        ocr: { msPerPage: ocrMsPerPage, measured: ocrMeasured !== null, memoryMb: functionSpecs.extract.memoryMb },
      };
      const estimates = SCALES.flatMap((sources) => priceTable.map((prices) => estimate(measured, prices, sources)));
      writeCostSection(
        join(here, '..', '..', 'docs', 'OPERATIONS.md'),
        renderCostSection({ estimates, prices: priceTable, measured, measuredAt: new Date().toISOString().slice(0, 10), simulatedRttMs: SIMULATED_RTT_MS, budgets: SCALES.map((s) => ({ sources: s, usdMonth: BUDGETS[s] })) }),
      );
      process.stderr.write(`  ${cycle.ocrPages} OCR pages in the cycle; OCR ${ocrMeasured === null ? `assumed ${ASSUMED_OCR_MS_PER_PAGE}` : `measured ${ocrMeasured.toFixed(0)}`} ms/page\n`);

      const rows: BenchResult[] = [];
      for (const e of estimates) {
        const base = `cost.${e.region === 'us-east-1' ? '' : `${slug(e.region)}.`}sources_${e.sources}_hourly`;
        const budget = e.region === 'us-east-1' ? BUDGETS[e.sources as (typeof SCALES)[number]] : null;
        rows.push({ name: `${base}.usd_month`, value: e.usdMonth, unit: 'USD/mo', budget, better: 'lower' });
        rows.push({ name: `${base}.usd_month_after_always_free`, value: e.usdMonth - e.alwaysFreeUsd, unit: 'USD/mo', budget: null, better: 'lower' });
        for (const line of e.lines) rows.push({ name: `${base}.${slug(line.service)}.${slug(line.item)}`, value: line.usdMonth, unit: 'USD/mo', budget: null, better: 'lower' });
      }
      rows.push(
        { name: 'cost.measured.fetch_billed_ms_per_unchanged_source', value: measured.fetch.billedMsPerSourceRun, unit: 'ms/src', budget: 1500, better: 'lower' },
        { name: 'cost.measured.fetch_requests_per_unchanged_source', value: fetched.unchangedRequestsPerSource, unit: 'req/src', budget: 1, better: 'lower' },
        { name: 'cost.measured.fetch_extra_ms_per_new_issue', value: measured.fetch.extraBilledMsPerNewIssue, unit: 'ms', budget: null, better: 'lower' },
        { name: 'cost.measured.fetch_billed_ms_per_follow_up', value: measured.fetch.billedMsPerFollowUp, unit: 'ms', budget: null, better: 'lower' },
        { name: 'cost.measured.fetch_log_bytes_per_invocation', value: measured.fetch.logBytesPerInvocation, unit: 'B', budget: null, better: 'lower' },
        { name: 'cost.measured.process_ms_per_document', value: measured.document.processMs, unit: 'ms/doc', budget: null, better: 'lower' },
        { name: 'cost.measured.ocr_ms_per_page', value: ocrMsPerPage, unit: ocrMeasured === null ? 'ms (assumed)' : 'ms', budget: null, better: 'lower' },
      );
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
