import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/** Structured JSON logs (CloudWatch) with the service name set by the stack. */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gazette-watch',
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'INFO' | undefined) ?? (process.env.GW_MODE === 'local' ? 'SILENT' : 'INFO'),
});

/** Custom metrics (namespace GazetteWatch) read by the stack's alarms. */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'GazetteWatch',
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gazette-watch',
});
