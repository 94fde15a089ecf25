import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { describe, expect, it } from 'vitest';
import { captureLogs, emfMetrics } from '../../../bench/cost/log-capture.ts';

describe('log capture for the cost model', () => {
  it('counts the bytes written and the distinct custom metrics of real Powertools EMF output', async () => {
    const previous = process.env.POWERTOOLS_METRICS_DISABLED;
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    try {
      const metrics = new Metrics({ namespace: 'GazetteWatch', serviceName: 'gazette-watch' });
      const captured = await captureLogs(async () => {
        for (let run = 0; run < 3; run++) {
          metrics.addMetric('NewIssues', MetricUnit.Count, run);
          metrics.addMetric('FetchFailures', MetricUnit.Count, 0);
          metrics.publishStoredMetrics();
        }
        process.stdout.write('{"level":"WARN","message":"一条普通日志"}\n');
        return 'done';
      });
      expect(captured.value).toBe('done');
      expect([...captured.metrics].sort()).toEqual(['GazetteWatch/FetchFailures{service=gazette-watch}', 'GazetteWatch/NewIssues{service=gazette-watch}']);
      expect(captured.bytes).toBeGreaterThan(3 * 100);
    } finally {
      if (previous === undefined) delete process.env.POWERTOOLS_METRICS_DISABLED;
      else process.env.POWERTOOLS_METRICS_DISABLED = previous;
    }
  });

  it('reads no metric from ordinary or broken lines', () => {
    expect(emfMetrics('{"level":"INFO","message":"x"}')).toEqual([]);
    expect(emfMetrics('{"_aws": broken')).toEqual([]);
    expect(emfMetrics('plain text')).toEqual([]);
  });
});
