import { describe, expect, it } from 'vitest';
import { datedCandidates, expandTemplate, shanghaiDaysBack } from '../../../../shared/ingest/discovery/dated-url.ts';
import { sourceSchema } from '../../../../shared/model/source.ts';

describe('dated-url discovery', () => {
  it('fills every date token', () => {
    expect(expandTemplate('https://epaper.example.cn/{yyyy}{mm}/{dd}/{yy}-{m}-{d}.pdf', { year: 2024, month: 1, day: 4 })).toBe(
      'https://epaper.example.cn/202401/04/24-1-4.pdf',
    );
  });

  it('counts days in Asia/Shanghai: 20:00 UTC is already the next day in Beijing', () => {
    const days = shanghaiDaysBack(new Date('2024-02-29T20:00:00Z'), 2);
    expect(days).toEqual([
      { year: 2024, month: 3, day: 1 },
      { year: 2024, month: 2, day: 29 },
      { year: 2024, month: 2, day: 28 },
    ]);
    expect(shanghaiDaysBack(new Date('2024-01-01T15:59:59Z'), 0)).toEqual([{ year: 2024, month: 1, day: 1 }]);
    expect(shanghaiDaysBack(new Date('2023-12-31T15:59:59Z'), 0)).toEqual([{ year: 2023, month: 12, day: 31 }]);
  });

  it('gives today and lookbackDays days before it, newest first, each URL once, dated in Beijing time', () => {
    const now = new Date('2024-01-02T02:00:00Z');
    const daily = datedCandidates('https://sxrb.example.cn/pdf/{yyyy}{mm}{dd}/01.pdf', now, 3);
    expect(daily.map((c) => c.url)).toEqual([
      'https://sxrb.example.cn/pdf/20240102/01.pdf',
      'https://sxrb.example.cn/pdf/20240101/01.pdf',
      'https://sxrb.example.cn/pdf/20231231/01.pdf',
      'https://sxrb.example.cn/pdf/20231230/01.pdf',
    ]);
    expect(daily[0]).toMatchObject({ publishedAt: '2024-01-02T00:00:00+08:00', mayBeAbsent: true, title: null });
    const monthly = datedCandidates('https://x.example.cn/{yyyy}-{mm}.pdf', now, 5);
    expect(monthly.map((c) => c.url)).toEqual(['https://x.example.cn/2024-01.pdf', 'https://x.example.cn/2023-12.pdf']);
  });

  it('the source schema refuses templates without a date token, with unknown tokens or a templated host', () => {
    const base = { id: 'x', name: '某报', jurisdiction: { province: '山西省', divisionCode: '140000' }, kind: 'newspaper' };
    const parse = (urlTemplate: string) => sourceSchema.safeParse({ ...base, discovery: { method: 'dated-url', urlTemplate } });
    expect(parse('https://a.cn/{yyyy}/{mm}/{dd}/01.pdf').success).toBe(true);
    expect(parse('https://a.cn/{yyyy}/{mm}/{dd}/01.pdf').data?.discovery).toMatchObject({ lookbackDays: 3 });
    for (const bad of ['https://a.cn/latest.pdf', 'https://a.cn/{yyyy}/{page}.pdf', 'https://{yyyy}.a.cn/01.pdf', 'ftp://a.cn/{yyyy}.pdf']) {
      const r = parse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['discovery', 'urlTemplate']);
    }
  });
});
