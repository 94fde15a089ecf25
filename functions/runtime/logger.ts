import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import * as z from 'zod';

/**
 * Share of invocations that log everything (Powertools sampling switches them to DEBUG); the rest log
 * warnings and errors only (issue 18: at 3,000 sources an INFO line per message costs more than it tells).
 */
export const DEFAULT_LOG_SAMPLE_RATE = 0.01;

const logLevelSchema = z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL']);
const sampleRateSchema = z.coerce.number().min(0).max(1);

const level = logLevelSchema.safeParse(process.env.POWERTOOLS_LOG_LEVEL);
const rate = sampleRateSchema.safeParse(process.env.POWERTOOLS_LOGGER_SAMPLE_RATE || undefined);

const logLevel = level.success ? level.data : process.env.GW_MODE === 'local' ? 'SILENT' : 'WARN';

/** Structured JSON logs (CloudWatch) with the service name set by the stack; SILENT (local runs) is never sampled. */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gazette-watch',
  logLevel,
  sampleRateValue: logLevel === 'SILENT' ? 0 : rate.success ? rate.data : DEFAULT_LOG_SAMPLE_RATE,
});

/** Call at the start of every invocation: a warm container draws its sampling decision again. */
export const sampleThisInvocation = (): void => logger.refreshSampleRateCalculation();

/** Custom metrics (namespace GazetteWatch) read by the stack's alarms. */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'GazetteWatch',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gazette-watch',
});

/**
 * Counts of things that are usually none (OCR pages, partial, failed and given-up issues): published only when
 * there is one, as one EMF line, and nothing at all otherwise — a custom metric is billed for the hours it is
 * published, and their alarms and dashboard read no data as none (TreatMissingData NOT_BREACHING).
 */
export function publishCountsIfAny(counts: Readonly<Record<string, number>>): void {
  const present = Object.entries(counts).filter(([, n]) => n > 0);
  if (present.length === 0) return;
  for (const [name, n] of present) metrics.addMetric(name, MetricUnit.Count, n);
  metrics.publishStoredMetrics();
}
