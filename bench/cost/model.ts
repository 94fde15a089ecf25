/**
 * The cost model (issue 18): what the cost bench measured on the local cloud, per source-run, per issue and per
 * document, times the volumes below, times a price list (./prices.ts) → USD a month with line items. Pure: the
 * bench measures, this multiplies, ./operations-section.ts writes the table into docs/OPERATIONS.md.
 */
import { RAW_TO_GLACIER_IR_DAYS } from '../../infra/archive-lifecycle.ts';
import type { PriceList } from './prices.ts';
import type { StackInventory } from './stack-inventory.ts';
import { DEFAULT_RECHECK_DAYS, rechecksPerIssue } from '../../shared/ingest/recheck-schedule.ts';

/** Counts the bench measured (per unit of work), and the memory each function is configured with. */
export interface Measured {
  fetch: {
    /** Fetch invocations (= messages) per source per hourly run. */
    invocationsPerSourceRun: number;
    /** Billed ms per source in an hour where nothing changed. */
    billedMsPerSourceRun: number;
    /** Extra billed ms of a run in which a source has a new issue (its politeness wait, the download). */
    extraBilledMsPerNewIssue: number;
    readUnitsPerSourceRun: number;
    writeUnitsPerSourceRun: number;
    /** Billed ms of one follow-up invocation (the re-checks a message's runs left for later). */
    billedMsPerFollowUp: number;
    /** What a source's run adds once a day (robots.txt read again after 24 h; handing re-checks over). */
    dailyExtraBilledMsPerSource: number;
    /** DynamoDB units a re-check adds (the hour's run that hands it over, and the follow-up). */
    readUnitsPerRecheck: number;
    writeUnitsPerRecheck: number;
    /** Log bytes the function writes per invocation at the stack's log level and sampling. */
    logBytesPerInvocation: number;
    memoryMb: number;
  };
  plan: { billedMsPerSource: number; readUnitsPerSource: number; memoryMb: number };
  /** Per new issue: extract (text layer; OCR separately), and the S3 and DynamoDB use of fetch, extract and process. */
  issue: { extractMs: number; extractMemoryMb: number; s3Puts: number; s3Gets: number; s3TextBytes: number; readUnits: number; writeUnits: number; queueMessages: number; documents: number };
  document: { processMs: number; processMemoryMb: number };
  change: { notifyMs: number; notifyMemoryMb: number; readUnits: number; writeUnits: number; changesPerDocument: number };
  ocr: { msPerPage: number; measured: boolean; memoryMb: number };
  /** DynamoDB storage billed after a cycle (./dynamo-storage.ts): bytes kept per issue, and per source. */
  storage: { bytesPerIssue: number; bytesPerSource: number };
  /**
   * Billed by the month: the resources counted in the synthesised stack (./stack-inventory.ts) and the custom
   * metrics the functions emitted in the measured runs (./log-capture.ts).
   */
  fixed: StackInventory & { customMetrics: number };
}

/** Volumes that are not measured here: each one an assumption, stated where the table is printed. */
export const assumptions = {
  issuesPerSourcePerWeek: 1,
  rawMbPerIssue: 2,
  scannedShare: 0.2,
  pagesPerScannedIssue: 20,
  /** 1,000 subscribers: 200 immediate (≈ 5 a day), 600 daily, 200 weekly, ≈ 100 confirmations. */
  mailsPerMonth: 49_000,
  apiRequestsPerMonth: 50_000,
  /** Lambda's START/END/REPORT lines per invocation. */
  platformLogBytesPerInvocation: 350,
  /** Event source mappings poll each queue while idle (≈ 5 pollers × 3 a minute). */
  idlePollsPerQueuePerMonth: 5 * 3 * 60 * 24 * 30,
  /** Storage is priced at month 12, raw files tiered by the archive's lifecycle rule (infra/constructs/storage.ts). */
  storageMonth: 12,
  ecrImageGb: 0.4,
  /** Lambda gives one full vCPU at 1,769 MB; CPU-bound time stretches below that. */
  fullVcpuMb: 1769,
  hoursPerMonth: 24 * 30,
} as const;

export interface LineItem {
  service: string;
  item: string;
  usdMonth: number;
}

export interface CostEstimate {
  region: string;
  sources: number;
  /** At list prices, no free tier: the budgeted figure. */
  usdMonth: number;
  lines: LineItem[];
  /** What AWS's always-free monthly allowances would take off a dedicated account's bill (shown, not budgeted). */
  alwaysFreeUsd: number;
}

const gbs = (ms: number, memoryMb: number): number => (ms / 1000) * (memoryMb / 1024);
/** Local ms of a CPU-bound stage → Lambda ms at `memoryMb` (the local machine counts as one full vCPU). */
const cpuBound = (ms: number, memoryMb: number): number => ms * Math.max(1, assumptions.fullVcpuMb / memoryMb);

/**
 * At month `month`, how many monthly cohorts of raw files sit in each storage class under the archive's
 * lifecycle rule (in months, fractions included): the newest days in Standard, the rest in Glacier Instant Retrieval.
 */
export function rawStorageMonths(month: number): { standard: number; glacierIr: number } {
  const standard = Math.min(month, RAW_TO_GLACIER_IR_DAYS / 30);
  return { standard, glacierIr: month - standard };
}

export function estimate(m: Measured, p: PriceList, sources: number): CostEstimate {
  const a = assumptions;
  const usd = (local: number): number => local * p.usdPerUnit;
  const runs = sources * a.hoursPerMonth;
  const issues = sources * a.issuesPerSourcePerWeek * (30 / 7);
  const documents = issues * m.issue.documents;
  const changes = documents * m.change.changesPerDocument;
  const ocrPages = issues * a.scannedShare * a.pagesPerScannedIssue;
  // Re-checks: each issue is fetched again rechecksPerIssue times over its life; a message's follow-up runs when
  // any of its sources has one due that hour.
  const rechecksPerSourceRun = (a.issuesPerSourcePerWeek * rechecksPerIssue(DEFAULT_RECHECK_DAYS)) / (7 * 24);
  const sourcesPerMessage = 1 / m.fetch.invocationsPerSourceRun;
  const followUpsPerSourceRun = (1 - (1 - rechecksPerSourceRun) ** sourcesPerMessage) / sourcesPerMessage;
  const fetchInvocations = runs * (m.fetch.invocationsPerSourceRun + followUpsPerSourceRun);

  const lambdaGbs = {
    fetch: gbs(
      runs * (m.fetch.billedMsPerSourceRun + followUpsPerSourceRun * m.fetch.billedMsPerFollowUp + m.fetch.dailyExtraBilledMsPerSource / 24) + issues * m.fetch.extraBilledMsPerNewIssue,
      m.fetch.memoryMb,
    ),
    plan: gbs(a.hoursPerMonth * sources * m.plan.billedMsPerSource, m.plan.memoryMb),
    extract: gbs(issues * cpuBound(m.issue.extractMs, m.issue.extractMemoryMb), m.issue.extractMemoryMb),
    ocr: gbs(ocrPages * m.ocr.msPerPage, m.ocr.memoryMb),
    process: gbs(documents * cpuBound(m.document.processMs, m.document.processMemoryMb), m.document.processMemoryMb),
    notify: gbs(changes * cpuBound(m.change.notifyMs, m.change.notifyMemoryMb), m.change.notifyMemoryMb),
  };
  const invocations = fetchInvocations + a.hoursPerMonth + issues * 2 + changes + a.apiRequestsPerMonth;
  const sqsRequests = (fetchInvocations + issues * m.issue.queueMessages) * 3 + a.idlePollsPerQueuePerMonth * m.fixed.polledQueues;
  const rru = runs * (m.fetch.readUnitsPerSourceRun + rechecksPerSourceRun * m.fetch.readUnitsPerRecheck) + a.hoursPerMonth * sources * m.plan.readUnitsPerSource + issues * m.issue.readUnits + changes * m.change.readUnits;
  const wru = runs * (m.fetch.writeUnitsPerSourceRun + rechecksPerSourceRun * m.fetch.writeUnitsPerRecheck) + issues * m.issue.writeUnits + changes * m.change.writeUnits;
  const dynamoGb = (issues * m.storage.bytesPerIssue * a.storageMonth + sources * m.storage.bytesPerSource) / 2 ** 30;
  const rawGbMonth = (issues * a.rawMbPerIssue) / 1024;
  const tiers = rawStorageMonths(a.storageMonth);
  const textGb = ((issues * m.issue.s3TextBytes) / 2 ** 30) * a.storageMonth;
  const logGb = (fetchInvocations * (m.fetch.logBytesPerInvocation + a.platformLogBytesPerInvocation) + (invocations - fetchInvocations) * a.platformLogBytesPerInvocation * 2) / 2 ** 30;

  const lines: LineItem[] = [
    { service: 'Lambda', item: `fetch ${m.fetch.memoryMb} MB`, usdMonth: usd(lambdaGbs.fetch * p.lambdaArmGbSecond) },
    { service: 'Lambda', item: `plan ${m.plan.memoryMb} MB`, usdMonth: usd(lambdaGbs.plan * p.lambdaArmGbSecond) },
    { service: 'Lambda', item: `extract (text layer) ${m.issue.extractMemoryMb} MB`, usdMonth: usd(lambdaGbs.extract * p.lambdaArmGbSecond) },
    { service: 'Lambda', item: `extract OCR ${m.ocr.measured ? '(ocr.ms_per_page measured)' : '(assumed ms/page)'}`, usdMonth: usd(lambdaGbs.ocr * p.lambdaArmGbSecond) },
    { service: 'Lambda', item: `process ${m.document.processMemoryMb} MB`, usdMonth: usd(lambdaGbs.process * p.lambdaArmGbSecond) },
    { service: 'Lambda', item: `notify ${m.change.notifyMemoryMb} MB`, usdMonth: usd(lambdaGbs.notify * p.lambdaArmGbSecond) },
    { service: 'Lambda', item: 'requests', usdMonth: usd((invocations / 1e6) * p.lambdaRequestPerMillion) },
    { service: 'SQS', item: 'send, receive, delete; idle polling', usdMonth: usd((sqsRequests / 1e6) * p.sqsRequestPerMillion) },
    { service: 'DynamoDB', item: 'read request units', usdMonth: usd((rru / 1e6) * p.dynamoRruPerMillion) },
    { service: 'DynamoDB', item: 'write request units', usdMonth: usd((wru / 1e6) * p.dynamoWruPerMillion) },
    { service: 'DynamoDB', item: `storage + PITR (month ${a.storageMonth})`, usdMonth: usd(dynamoGb * (p.dynamoStorageGbMonth + p.dynamoPitrGbMonth)) },
    {
      service: 'S3',
      item: 'PUT/GET requests, transitions',
      usdMonth: usd((issues * m.issue.s3Puts * p.s3PutPerThousand + issues * m.issue.s3Gets * p.s3GetPerThousand + issues * p.s3GlacierIrTransitionPerThousand) / 1000),
    },
    {
      service: 'S3',
      item: `storage (month ${a.storageMonth})`,
      usdMonth: usd(
        rawGbMonth * (tiers.standard * p.s3StandardGbMonth + tiers.glacierIr * p.s3GlacierIrGbMonth) + textGb * p.s3StandardGbMonth,
      ),
    },
    { service: 'SES', item: p.sesPerThousand === null ? 'not in region: sent from us-east-1' : 'mail', usdMonth: p.sesPerThousand === null ? (a.mailsPerMonth / 1000) * 0.1 : usd((a.mailsPerMonth / 1000) * p.sesPerThousand) },
    { service: 'API Gateway', item: 'HTTP API', usdMonth: usd((a.apiRequestsPerMonth / 1e6) * p.httpApiPerMillion) },
    { service: 'CloudWatch', item: 'log ingestion + storage', usdMonth: usd(logGb * (p.logsIngestGb + p.logsStorageGbMonth * m.fixed.logRetentionMonths)) },
    { service: 'CloudWatch', item: 'alarms, metrics, dashboard', usdMonth: usd(m.fixed.alarms * p.alarmMonth + m.fixed.customMetrics * p.metricMonth + m.fixed.dashboards * p.dashboardMonth) },
    { service: 'Secrets/KMS/ECR', item: 'fixed', usdMonth: usd(m.fixed.secrets * p.secretMonth + m.fixed.kmsKeys * p.kmsKeyMonth + a.ecrImageGb * p.ecrGbMonth) },
  ];
  const f = p.alwaysFree;
  const totalGbs = Object.values(lambdaGbs).reduce((n, x) => n + x, 0);
  const alwaysFreeUsd = usd(
    Math.min(totalGbs, f.lambdaGbSeconds) * p.lambdaArmGbSecond +
      (Math.min(invocations, f.lambdaRequests) / 1e6) * p.lambdaRequestPerMillion +
      (Math.min(sqsRequests, f.sqsRequests) / 1e6) * p.sqsRequestPerMillion +
      Math.min(dynamoGb, f.dynamoStorageGb) * p.dynamoStorageGbMonth +
      Math.min(m.fixed.alarms, f.alarms) * p.alarmMonth +
      Math.min(m.fixed.customMetrics, f.metrics) * p.metricMonth +
      Math.min(m.fixed.dashboards, f.dashboards) * p.dashboardMonth +
      Math.min(logGb, f.logsGb) * p.logsIngestGb,
  );
  return { region: p.region, sources, usdMonth: lines.reduce((n, l) => n + l.usdMonth, 0), lines, alwaysFreeUsd };
}
