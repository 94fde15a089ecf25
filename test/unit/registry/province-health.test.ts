import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../../shared/model/source.ts';
import { healthByProvince, sourceStatuses } from '../../../shared/registry/province-health.ts';
import { emptyHealth, type SourceHealth } from '../../../shared/store/ports.ts';

const source = (id: string, province: string, divisionCode: string) =>
  sourceSchema.parse({ id, name: id, jurisdiction: { province, divisionCode }, kind: 'gazette', discovery: { method: 'html-index', indexUrl: 'https://a.gov.cn/', linkPattern: 'pdf' } });
const now = new Date('2024-03-01T00:00:00Z');
const h = (id: string, patch: Partial<SourceHealth>): SourceHealth => ({ ...emptyHealth(id), ...patch });

describe('source health per province', () => {
  it('each source is ok, broken, quiet or unchecked; a failure outranks quietness; counts per province', () => {
    const sources = [source('sx-a', '山西省', '140000'), source('sx-b', '山西省', '140000'), source('bj-a', '北京市', '110000'), source('bj-b', '北京市', '110000'), source('bj-c', '北京市', '110000')];
    const healths = new Map([
      ['sx-a', h('sx-a', { lastSuccessAt: '2024-02-29T00:00:00Z', lastNewIssueAt: '2024-02-28T00:00:00Z' })],
      ['sx-b', h('sx-b', { lastSuccessAt: '2024-01-01T00:00:00Z', lastNewIssueAt: '2024-01-01T00:00:00Z', consecutiveFailures: 4, lastError: 'HTTP 503' })],
      ['bj-a', h('bj-a', { lastSuccessAt: '2024-02-29T00:00:00Z', lastNewIssueAt: '2024-02-01T00:00:00Z' })],
      ['bj-b', h('bj-b', { lastSuccessAt: '2024-02-29T00:00:00Z' })],
    ]);
    const groups = healthByProvince(sourceStatuses(sources, healths, now, 14));
    expect(groups.map((g) => [g.province, g.total, g.ok, g.broken.map((s) => s.source.id), g.quiet.map((s) => [s.source.id, s.quietDays]), g.unchecked.map((s) => s.source.id)])).toEqual([
      ['北京市', 3, 0, [], [['bj-a', 29], ['bj-b', null]], ['bj-c']],
      ['山西省', 2, 1, ['sx-b'], [], []],
    ]);
  });
});
