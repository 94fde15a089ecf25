import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../../shared/ingest/errors.ts';
import { discoverFromJsonList, jsonDate, jsonListItems } from '../../../../../shared/ingest/discovery/json-list.ts';
import { jsonListSchema } from '../../../../../shared/model/discovery-families.ts';
import { fakeSite } from './fake-site.ts';

const API = 'https://zwgk.example.gov.cn/api/list?pageNo=1&pageSize=2';
const json = (v: unknown) => ({ body: JSON.stringify(v), type: 'application/json' });
const item = (n: number, date: unknown) => ({ title: ` 文件${n} `, url: `/zfxxgk/doc-${n}.html`, publishDate: date });

describe('JSON list endpoints', () => {
  const d = jsonListSchema.parse({ method: 'json-list', listUrl: API, dateField: 'publishDate', pageParam: 'pageNo', maxPages: 5 });

  it('items at the dot path, URLs resolved, titles tidied, dates as Beijing days (strings or epoch ms)', () => {
    const body = JSON.stringify({ data: { list: [item(1, '2024-01-05 09:30:00'), item(2, Date.parse('2024-01-03T20:00:00Z')), { title: '无链接' }] } });
    expect(jsonListItems(body, d, API)).toEqual([
      { url: 'https://zwgk.example.gov.cn/zfxxgk/doc-1.html', title: '文件1', publishedAt: '2024-01-05T00:00:00+08:00', mayBeAbsent: false },
      { url: 'https://zwgk.example.gov.cn/zfxxgk/doc-2.html', title: '文件2', publishedAt: '2024-01-04T00:00:00+08:00', mayBeAbsent: false },
    ]);
    expect(jsonDate(1704326400)).toBe('2024-01-04T00:00:00+08:00');
    expect(jsonDate('不详')).toBeNull();
  });

  it('a body that is not JSON, or has no array at the path, is a permanent error naming the path', () => {
    expect(() => jsonListItems('<html>', d, API)).toThrow(IngestError);
    expect(() => jsonListItems(JSON.stringify({ data: { rows: [] } }), d, API)).toThrow(/data\.list/);
  });

  it('pages by the page parameter until a page brings nothing new or maxPages', async () => {
    const s = fakeSite({
      [API]: json({ data: { list: [item(1, '2024-01-05'), item(2, '2024-01-04')] } }),
      'https://zwgk.example.gov.cn/api/list?pageNo=2&pageSize=2': json({ data: { list: [item(3, '2024-01-01')] } }),
      'https://zwgk.example.gov.cn/api/list?pageNo=3&pageSize=2': json({ data: { list: [] } }),
    });
    const found = await discoverFromJsonList(d, s.ctx());
    expect(found.status === 'found' && found.issues.map((i) => i.title)).toEqual(['文件1', '文件2', '文件3']);
    expect(s.requests.map((u) => new URL(u).searchParams.get('pageNo'))).toEqual(['1', '2', '3']);
  });
});
