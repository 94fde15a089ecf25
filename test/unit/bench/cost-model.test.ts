import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, rawStorageMonths, type Measured } from '../../../bench/cost/model.ts';
import { BEGIN, END, renderCostSection, writeCostSection } from '../../../bench/cost/operations-section.ts';
import { priceTable, pricesFor } from '../../../bench/cost/prices.ts';

/** Counts of the shape the cost bench measures (the values only need to be plausible here). */
const measured: Measured = {
  fetch: { invocationsPerSourceRun: 0.1, billedMsPerSourceRun: 40, extraBilledMsPerNewIssue: 6000, readUnitsPerSourceRun: 1.5, writeUnitsPerSourceRun: 1, billedMsPerFollowUp: 500, dailyExtraBilledMsPerSource: 240, readUnitsPerRecheck: 1, writeUnitsPerRecheck: 2, logBytesPerInvocation: 300, memoryMb: 512 },
  plan: { billedMsPerSource: 1, readUnitsPerSource: 0.7, memoryMb: 256 },
  issue: { extractMs: 500, extractMemoryMb: 2048, s3Puts: 5, s3Gets: 5, s3TextBytes: 60_000, readUnits: 10, writeUnits: 20, queueMessages: 6, documents: 4 },
  document: { processMs: 80, processMemoryMb: 1024 },
  change: { notifyMs: 100, notifyMemoryMb: 512, readUnits: 1, writeUnits: 0.3, changesPerDocument: 1 },
  ocr: { msPerPage: 4000, measured: false, memoryMb: 2048 },
  storage: { bytesPerIssue: 40_000, bytesPerSource: 2_000 },
  fixed: { alarms: 18, dashboards: 1, kmsKeys: 1, secrets: 1, polledQueues: 4, logRetentionMonths: 3, customMetrics: 8 },
};

describe('cost model', () => {
  it('tiers raw files as the archive lifecycle does: their first week in Standard, the rest in Glacier IR', () => {
    expect(rawStorageMonths(12).standard).toBeCloseTo(7 / 30, 9);
    expect(rawStorageMonths(12).glacierIr).toBeCloseTo(12 - 7 / 30, 9);
    expect(rawStorageMonths(0.1)).toEqual({ standard: 0.1, glacierIr: 0 });
  });

  it('totals its line items; variable lines grow tenfold with ten times the sources, fixed ones stay', () => {
    const us = pricesFor('us-east-1');
    const small = estimate(measured, us, 3000);
    const large = estimate(measured, us, 30000);
    expect(small.usdMonth).toBeCloseTo(small.lines.reduce((n, l) => n + l.usdMonth, 0), 9);
    const line = (e: typeof small, item: string) => e.lines.find((l) => l.item.startsWith(item))!.usdMonth;
    expect(line(large, 'fetch')).toBeCloseTo(10 * line(small, 'fetch'), 9);
    expect(line(large, 'alarms')).toBe(line(small, 'alarms'));
    // fetch: 3,000 × 720 runs × (40 ms + the follow-ups' share + a day's extra / 24) + 3,000 × 30/7 issues × 6 s, at 0.5 GB. One issue
    // a week re-checked 24 times (14 daily, 10 weekly): 24/168 re-checks a source-hour; a follow-up of a message of
    // 10 sources whenever any of them has one.
    const r = 24 / 168;
    const followUps = (1 - (1 - r) ** 10) / 10;
    const gbs = ((3000 * 720 * (40 + followUps * 500 + 240 / 24) + 3000 * (30 / 7) * 6000) / 1000) * 0.5;
    expect(line(small, 'fetch')).toBeCloseTo(gbs * us.lambdaArmGbSecond, 9);
    expect(small.alwaysFreeUsd).toBeGreaterThan(0);
    expect(small.alwaysFreeUsd).toBeLessThan(small.usdMonth);
  });

  it('prices the DynamoDB storage measured: a year of issues plus each source, with PITR', () => {
    const us = pricesFor('us-east-1');
    const e = estimate(measured, us, 3000);
    const gb = (3000 * (30 / 7) * 40_000 * 12 + 3000 * 2_000) / 2 ** 30;
    expect(e.lines.find((l) => l.item.startsWith('storage + PITR'))!.usdMonth).toBeCloseTo(gb * (us.dynamoStorageGbMonth + us.dynamoPitrGbMonth), 9);
  });

  it('prices another region in its currency converted to USD, and mail where SES exists', () => {
    const cn = pricesFor('cn-north-1');
    expect(cn.sesPerThousand).toBeNull();
    const e = estimate(measured, cn, 3000);
    const fetch = e.lines.find((l) => l.item.startsWith('fetch'))!.usdMonth;
    expect(fetch).toBeCloseTo(estimate(measured, pricesFor('us-east-1'), 3000).lines[0]!.usdMonth * ((cn.lambdaArmGbSecond * cn.usdPerUnit) / pricesFor('us-east-1').lambdaArmGbSecond), 9);
    expect(e.lines.find((l) => l.service === 'SES')?.item).toMatch(/us-east-1/);
    expect(() => pricesFor('eu-west-1')).toThrow(/no prices/);
  });

  it('writes the generated section between the markers only, and refuses a file without them', () => {
    const estimates = [3000, 30000].flatMap((s) => priceTable.map((p) => estimate(measured, p, s)));
    const section = renderCostSection({ estimates, prices: priceTable, measured, measuredAt: '2026-12-01', simulatedRttMs: 300, budgets: [{ sources: 3000, usdMonth: 25 }] });
    expect(section.startsWith(BEGIN) && section.endsWith(END)).toBe(true);
    expect(section).toContain('**假设 assumption**');
    const dir = mkdtempSync(join(tmpdir(), 'gw-cost-'));
    const doc = join(dir, 'OPS.md');
    writeFileSync(doc, `# Ops\n\nbefore\n${BEGIN}\nold table\n${END}\nafter\n`);
    writeCostSection(doc, section);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain('before\n');
    expect(text).toContain('\nafter\n');
    expect(text).not.toContain('old table');
    writeFileSync(doc, '# no markers\n');
    expect(() => writeCostSection(doc, section)).toThrow(/markers missing/);
    expect(readFileSync(doc, 'utf8')).toBe('# no markers\n');
  });

  it('is what docs/OPERATIONS.md §9 shows (markers present, table generated)', () => {
    const ops = readFileSync(new URL('../../../docs/OPERATIONS.md', import.meta.url), 'utf8');
    const inside = ops.slice(ops.indexOf(BEGIN), ops.indexOf(END));
    expect(ops.indexOf(BEGIN)).toBeGreaterThan(-1);
    expect(inside).toMatch(/\| \*\*合计 total\*\* \|/);
  });
});
