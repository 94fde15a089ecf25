import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../../../bench/cost/log-capture.ts';

describe('publishCountsIfAny', () => {
  it('publishes only the counts that are not zero, and writes nothing at all when every one is', async () => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    const { publishCountsIfAny } = await import('../../../../functions/runtime/logger.ts');
    const none = await captureLogs(async () => publishCountsIfAny({ IssuesFailed: 0, IssuesGivenUp: 0 }));
    expect(none.bytes).toBe(0);
    const some = await captureLogs(async () => publishCountsIfAny({ OcrPages: 12, PartialIssues: 0, IssuesGivenUp: 1 }));
    expect([...some.metrics].sort()).toEqual(['GazetteWatch/IssuesGivenUp{service=gazette-watch}', 'GazetteWatch/OcrPages{service=gazette-watch}']);
  });
});
