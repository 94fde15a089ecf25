import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../../../shared/parse/publication.ts';

const dateOf = (lines: string[]): string | null => parsePublication(lines.join('\n')).documents[0]?.date ?? null;

describe('dates of a document', () => {
  it('reads the 成文日期 of the 署名, in Chinese numerals too', () => {
    expect(dateOf(['某某县人民政府关于某事项的通知', '各乡镇：', '现将有关事项通知如下。', '某某县人民政府', '二〇二二年十二月十九日'])).toBe('2022-12-19');
  });

  it('does not take a repost\'s stamp (organ and day on one line above the body) for the 落款', () => {
    const lines = ['某某市人民代表大会常务委员会办公室公告（第7号）', '某某省某某委员会 2022年12月06日', '现将《某某条例（草案）》全文公布，广泛征求意见，并就有关事项公告如下：', '一、可以通过信函提出意见。', '某某市人民代表大会常务委员会办公室', '2022年12月5日'];
    expect(dateOf(lines)).toBe('2022-12-05');
    expect(parsePublication(lines.join('\n')).documents[0]?.issuer).toBe('某某市人民代表大会常务委员会办公室');
  });

  it('reads a 公报\'s authors and date printed under its title', () => {
    expect(dateOf(['某某市国民经济和社会发展统计公报', '某某市统计局', '2022年4月20日', '一、综合', '全年全市地区生产总值比上年增长5%。'])).toBe('2022-04-20');
  });

  it('reads a 落款 run onto the end of a flattened page', () => {
    expect(dateOf(['某某县人民政府征收土地预公告', '因建设需要，拟征收土地。特此公告。某某县人民政府2023年12月12日。'])).toBe('2023-12-12');
  });

  it('does not take a date in a sentence for a 落款', () => {
    expect(dateOf(['某某县人民政府征收土地预公告', '请于2024年3月1日前办理登记手续。'])).toBeNull();
  });

  it('dates a news report by its lede in the year of the page, never inventing a year', () => {
    const page = ['某某县人大常委会召开第二十八次会议', '发布时间：2021-08-16', '8月13日上午，县十届人大常委会第三十六次会议召开。', '会议决定任命某某为副县长。'];
    expect(dateOf(page)).toBe('2021-08-13');
    expect(dateOf(page.filter((l) => !l.startsWith('发布时间')))).toBeNull();
  });

  it('keeps a month-only date out: no day is made up', () => {
    expect(dateOf(['某某市2023年国民经济和社会发展统计公报', '某某市统计局', '（2024年3月）', '2023年，全市经济平稳增长。'])).toBeNull();
  });

  it('takes the page date as the date of a numbered document only', () => {
    const lines = ['某政办发〔2023〕26号', '某某市人民政府办公室', '关于印发某项制度的通知', '发布日期：2023-6-15 来源：本网', '各县（区）人民政府：', '现印发给你们。'];
    expect(dateOf(lines)).toBe('2023-06-15');
    expect(dateOf(lines.filter((l) => !l.includes('〔')))).toBeNull();
  });
});
