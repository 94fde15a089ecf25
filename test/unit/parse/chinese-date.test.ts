import { describe, expect, it } from 'vitest';
import { parseChineseDate } from '../../../shared/parse/chinese-date.ts';

describe('parseChineseDate', () => {
  it.each([
    ['二〇二三年四月六日', '2023-04-06'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['二○二四年二月二十日', '2024-02-20'],
    ['2023年4月6日', '2023-04-06'],
    ['2023 年 7月 19 日', '2023-07-19'],
    ['２０２３年１０月８日', '2023-10-08'],
    ['2023.4.6', '2023-04-06'],
    ['2023-07-03 09:30', '2023-07-03'],
    ['2023/4/6', '2023-04-06'],
    ['——2024 年 2月 20 日在绛县第十七届人民代表大会第四次会议上', '2024-02-20'],
  ])('%s → %s', (raw, iso) => expect(parseChineseDate(raw)).toBe(iso));

  it.each([['2023年2月30日'], ['2023年13月1日'], ['2023年 月 日'], [''], ['特此通知']])('rejects %s', (raw) => {
    expect(parseChineseDate(raw)).toBeNull();
  });
});
