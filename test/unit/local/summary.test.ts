import { describe, expect, it } from 'vitest';
import type { CycleSummary } from '../../../infra/local/cycle.ts';
import { formatCycleSummary } from '../../../infra/local/summary.ts';
import { changeFixtureNames, loadChange } from '../notify/helpers.ts';

const stages = { plan: 1, fetch: 2, extract: 3, process: 4, notify: 5, digest: 6 };
const summary: CycleSummary = { sourcesChecked: 5, issuesFetched: 2, issuesFailed: [], documentsProcessed: 6, changes: changeFixtureNames().map(loadChange), mailsSent: 3, deadLetters: 0, stageMs: stages, dynamoRequests: stages, ocrPages: 0 };

describe('the npm start summary names feeds and webhooks in Chinese', () => {
  it('prints the feeds written and the deliveries by platform with how many verified', () => {
    const text = formatCycleSummary(1, summary, '.local/outbox/', {
      feeds: { count: 3, entries: 14, dir: '.local/feeds/' },
      webhooks: { count: 8, verified: 8, byKind: { dingtalk: 7, generic: 1 }, dir: '.local/webhooks/' },
    });
    expect(text).toContain('订阅源 Atom feeds        3 个订阅者的订阅源，共 14 条 → .local/feeds/');
    expect(text).toContain('Webhook 推送 deliveries  8 次（钉钉 7，通用 1；签名校验通过 8）→ .local/webhooks/');
  });
  it('leaves the lines out when the run wrote neither', () => {
    expect(formatCycleSummary(1, summary, '.local/outbox/')).not.toMatch(/订阅源|Webhook/);
  });
});
