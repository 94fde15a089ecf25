import { describe, expect, it } from 'vitest';
import type { CycleSummary } from '../../../infra/local/cycle.ts';
import { formatCycleSummary, formatServeNotes } from '../../../infra/local/summary.ts';
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

describe('npm start -- --serve names a document page, a change page, the OpenAPI document and the feeds/webhooks files', () => {
  const cloud = {
    emulators: { dynamoEndpoint: 'http://127.0.0.1:4567', s3Endpoint: 'http://127.0.0.1:4568', sesEndpoint: 'http://127.0.0.1:4569' },
    runtime: { config: { bucket: 'gw-local' } },
    site: { baseUrl: 'http://127.0.0.1:4570' },
    api: { url: 'http://127.0.0.1:8787', stablePort: true },
  };
  const changes = changeFixtureNames().map(loadChange);
  const dirs = { feedsDir: '.local/feeds/', webhooksDir: '.local/webhooks/' };

  it('shows the revision of the run (its page links the diff), the OpenAPI URL and where feeds and webhooks are', () => {
    const revised = changes.find((c) => c.kind === 'revised')!;
    const text = formatServeNotes(cloud, '.local/cloud.json', { changes: [...changes.filter((c) => c.kind === 'new'), revised], ...dirs });
    expect(text).toContain(`文件页     http://127.0.0.1:8787/documents/${encodeURIComponent(revised.documentKey)}  (document page)`);
    expect(text).toContain(`变更页     http://127.0.0.1:8787/changes/${encodeURIComponent(revised.changeId)}  (change page)`);
    expect(text).toContain('JSON API   http://127.0.0.1:8787/api/openapi.json  (OpenAPI 3.1)');
    expect(text).toContain('订阅源     .local/feeds/<订阅者 subscriber>.atom');
    expect(text).toContain('Webhook    .local/webhooks/NNN-<kind>.json');
  });
  it('says so when the run made no change, and prints the URLs as before when given no examples', () => {
    expect(formatServeNotes(cloud, '.local/cloud.json', { changes: [], ...dirs })).toContain('本次运行没有变更');
    expect(formatServeNotes(cloud, '.local/cloud.json')).not.toMatch(/文件页|openapi/);
  });
});
