import { describe, expect, it } from 'vitest';
import { issuerOfOrder, issuersOfLine, issuersOfTitle, sessionBody } from '../../../../shared/parse/structure/issuers.ts';

describe('issuers', () => {
  it('reads joint issuers from a title, in printed order', () => {
    expect(issuersOfTitle('甲省人民政府办公厅、乙军区办公厅关于加强某项工作的通知')).toEqual(['甲省人民政府办公厅', '乙军区办公厅']);
    expect(issuersOfTitle('某某县人民政府关于征收土地的公告')).toEqual(['某某县人民政府']);
  });

  it('reads the organ of a title without 关于, and none from a headline or a 关于 title without organ', () => {
    expect(issuersOfTitle('某某县人民政府征地补偿安置方案公告')).toEqual(['某某县人民政府']);
    expect(issuersOfTitle('某某市自然资源局国有建设用地使用权挂牌出让公告')).toEqual(['某某市自然资源局']);
    expect(issuersOfTitle('关于依法收回国有土地使用权的公告')).toEqual([]);
    expect(issuersOfTitle('区七届人大常委会召开第三次会议听取区政府工作情况报告')).toEqual([]);
  });

  it('splits a signature line of several organs at its spaces', () => {
    expect(issuersOfLine('甲省财政厅   乙省科学技术厅')).toEqual(['甲省财政厅', '乙省科学技术厅']);
    expect(issuersOfLine('某 某 县 统 计 局')).toEqual(['某某县统计局']);
    expect(issuersOfLine('特此通知。')).toBeNull();
  });

  it('names the standing committee whose session decided, not one named as the object of an election', () => {
    expect(sessionBody('9月7日，某某州第十三届人大常委会第三十次会议在某地召开')).toBe('某某州第十三届人大常委会');
    expect(sessionBody('今天，区二届人大常委会第四次会议决定')).toBe('区二届人大常委会');
    expect(sessionBody('大会补选省十三届人大常委会副主任')).toBeNull();
    expect(sessionBody('某某县第五届人民代表大会第二次会议开幕')).toBeNull();
  });

  it('reads the organ of a 令 number', () => {
    expect(issuerOfOrder('某某自治区人民政府令第119号')).toBe('某某自治区人民政府');
    expect(issuerOfOrder('某政发〔2024〕1号')).toBeNull();
  });
});
