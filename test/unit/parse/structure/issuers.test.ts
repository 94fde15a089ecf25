import { describe, expect, it } from 'vitest';
import { asSigned, issuerOfOrder, issuersOfLine, issuersOfTitle, ledeActor, organiserOf, sessionBody, sessionMention } from '../../../../shared/parse/structure/issuers.ts';

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

  it('names a people\'s congress or a 政协 in session, which acts only in session', () => {
    expect(sessionBody('1月12日，某某区第二届人民代表大会第一次会议圆满完成各项议程')).toBe('某某区第二届人民代表大会第一次会议');
    expect(sessionBody('今天上午，某某省十三届人大四次会议举行第三次全体会议')).toBe('某某省十三届人大四次会议');
    expect(sessionBody('1月8日下午，政协某某旗第十一届委员会第一次会议第二次全体会议召开')).toBe('政协某某旗第十一届委员会第一次会议');
  });

  it('does not name a session that only opens, holds a procedural meeting or is convened by another', () => {
    expect(sessionMention('2月19日，某某自治区十四届人大常委会举行第47次主任会议')).toEqual({ body: '某某自治区十四届人大常委会', procedural: true });
    expect(sessionBody('2月19日，某某自治区十四届人大常委会举行第47次主任会议')).toBeNull();
    expect(sessionBody('某某省五届人大五次会议主席团第二次会议在某地举行')).toBeNull();
    expect(sessionBody('某某镇召开第十八届人民代表大会第六次会议')).toBeNull();
  });

  it('reads the actor of a news lede that issues or confers, not of a meeting held', () => {
    expect(ledeActor('本报讯（记者 某某）3月31日，市政府举行第二批政府参事聘任仪式，三人被聘任为市政府参事。')).toBe('市政府');
    expect(ledeActor('某某网讯：近日，某某省统计局发布了2021年国民经济和社会发展统计公报。')).toBe('某某省统计局');
    expect(ledeActor('3月2日，某某县人民政府召开常务会议。')).toBeNull();
    expect(ledeActor('同一天，会议审议了有关事项。')).toBeNull();
  });

  it('reads the organ a notice names as the holder of its hearing, in an item of its own', () => {
    expect(organiserOf('六、听证会举办机构：某某市自然资源和规划局。')).toBe('某某市自然资源和规划局');
    expect(organiserOf('（三）组织单位：某某县人民政府')).toBe('某某县人民政府');
    expect(organiserOf('二、听证会地点：某某市自然资源和规划局七楼会议室；')).toBeNull();
  });

  it('gives the organ as it signs when the title adds a higher-level place before it', () => {
    expect(asSigned(['某省某某县人民政府'], ['某某县人民政府'])).toEqual(['某某县人民政府']);
    expect(asSigned(['某某县人民政府'], ['某某县人民政府'])).toBeNull();
    expect(asSigned(['某某县人民政府'], ['某某县财政局'])).toBeNull();
  });

  it('reads the organ of a 令 number', () => {
    expect(issuerOfOrder('某某自治区人民政府令第119号')).toBe('某某自治区人民政府');
    expect(issuerOfOrder('某政发〔2024〕1号')).toBeNull();
  });
});
