import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../shared/classify/classify.ts';
import { confidenceOf, decideCategory } from '../../../shared/classify/decide.ts';
import { classificationSchema, type SegmentedDocument } from '../../../shared/model/document.ts';
import { doc } from './doc.ts';

const classify = (d: SegmentedDocument, publishedDate: string | null = null) => {
  const result = classifyDocument(d, { publishedDate });
  expect(classificationSchema.safeParse(result).success).toBe(true);
  expect(result.evidence.length).toBeGreaterThan(0);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  return result;
};

describe('appointment documents of other provinces', () => {
  it('a county government 任免通知', () => {
    const text = '经县政府研究决定：\n任命：\n王立新同志为县发展和改革局局长；\n免去：\n张某同志县发展和改革局局长职务。\n特此通知。';
    const result = classify(doc('某某县人民政府关于王立新等同志职务任免的通知', text, { docNumber: '某政任〔2024〕5号', issuer: '某某县人民政府' }));
    expect(result.category).toBe('appointment');
    expect(result.subtype).toBe('appointment');
    expect(result.appointments).toHaveLength(2);
    expect(result.evidence.some((e) => e.includes('任免'))).toBe(true);
    expect(result.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('a 人大常委会 任免决定 with 接受辞职 and 代理', () => {
    const text = [
      '（2024年1月10日某某市第十六届人民代表大会常务委员会第十八次会议通过）',
      '接受陈某某辞去某某市人民政府市长职务的请求；',
      '决定李某某为某某市人民政府代理市长。',
      '决定任命：',
      '孙某某为某某市人民政府秘书长。',
    ].join('\n');
    const result = classify(doc('某某市人民代表大会常务委员会关于人事任免的决定', text));
    expect(result.category).toBe('appointment');
    expect(result.appointments).toEqual([
      { person: '陈某某', action: 'remove', position: '某某市人民政府市长' },
      { person: '李某某', action: 'appoint', position: '某某市人民政府代理市长' },
      { person: '孙某某', action: 'appoint', position: '某某市人民政府秘书长' },
    ]);
  });

  it('a 任命 list whose title does not say so is still found by its lists', () => {
    const text = '经研究决定，任命：\n赵某同志为县统计局副局长；\n钱某某同志为县审计局副局长。';
    expect(classify(doc('某某县人民政府通知', text)).category).toBe('appointment');
  });
});

describe('land documents', () => {
  it('征收土地预公告 → land-requisition', () => {
    const text = '因某某项目建设需要，拟征收某某村集体土地5.3公顷，现将有关事项预公告如下……';
    const result = classify(doc('某某县人民政府征收土地预公告', text, { issuer: '某某县人民政府', date: '2024-03-01' }));
    expect(result.category).toBe('land');
    expect(result.subtype).toBe('land-requisition');
    expect(result.land).not.toBeNull();
  });

  it('征地补偿安置方案公告 → land-compensation', () => {
    const result = classify(doc('某某市人民政府关于某某片区征地补偿安置方案的公告', '根据《中华人民共和国土地管理法》……土地补偿费和安置补助费……'));
    expect(result.category).toBe('land');
    expect(result.subtype).toBe('land-compensation');
  });

  it('a generic 通告 whose body recovers land use rights → land-recovery', () => {
    const text = '为实施城市规划，经市人民政府批准，决定收回位于某某路以南国有土地使用权，面积为1200平方米。有关单位自本通告发布之日起15日内办理注销手续。';
    const result = classify(doc('通告', text, { issuer: '某某市人民政府', date: '2023-09-22' }));
    expect(result.category).toBe('land');
    expect(result.subtype).toBe('land-recovery');
  });

  it('收回国有建设用地使用权 → land-recovery', () => {
    const result = classify(doc('某某市自然资源局关于收回某某地块国有建设用地使用权的公告', '……', { issuer: '某某市自然资源局' }));
    expect(result.category).toBe('land');
    expect(result.subtype).toBe('land-recovery');
  });

  it('a commitment to put a batch of construction land into the spatial plan is land (the first step towards requisition)', () => {
    const result = classify(doc('某某区人民政府关于将2023年第一批次村镇建设用地纳入国土空间总体规划的承诺函', '现承诺如下……'));
    expect(result.category).toBe('land');
    expect(result.land?.stage).toBe('batch-approval');
  });

  it('a hearing on a compensation 办法 being drafted is land, whatever rules it cites as its basis', () => {
    // 根据《A》、《B》和《C》: every name of the list is cited, none is the document's own rule.
    const lead = '根据《中华人民共和国土地管理法》、《某某省实施〈中华人民共和国土地管理法〉办法》';
    const text = `${lead}、《某某省土地征收及补偿安置办法》等规定，某某市拟制定征收集体土地上房屋补偿安置办法，本局拟就某某市征收集体土地上房屋补偿安置办法制定情况举行听证会。现将具体事项公告如下：一、听证会时间：2024年10月31日上午9:30。`;
    const result = classify(doc(lead, text));
    expect(result.category).toBe('land');
    expect(result.tags).not.toContain('regulation');
    expect(result.land?.stage).toBe('hearing');
  });

  it('land words in passing do not make a land notice', () => {
    expect(classify(doc('某某县国土空间总体规划（2021—2035年）草案的公示', '现将草案公示如下……')).category).toBe('other');
    expect(classify(doc('某某县人民政府办公室关于优化城镇生活垃圾处理费征收的通知', '现就有关事项通知如下……')).category).toBe('other');
  });
});

describe('subtypes of "other"', () => {
  const subtypeOf = (title: string, text = '……', extra: Partial<SegmentedDocument> = { issuer: '某某县人民政府', date: '2024-01-02' }) =>
    classify(doc(title, text, extra)).subtype;

  it('领导小组 / 领导组 / 委员会成员 → leading-group', () => {
    expect(subtypeOf('某某县人民政府办公室关于成立某某县安全生产工作领导小组的通知')).toBe('leading-group');
    expect(subtypeOf('某某县人民政府办公室关于调整某某县防汛抗旱指挥部成员的通知')).toBe('leading-group');
    expect(subtypeOf('某某县人民政府关于成立某某县食品安全委员会的通知')).toBe('leading-group');
  });

  it('方案 / 规划 / 计划 → plan', () => {
    expect(subtypeOf('某某县人民政府关于印发某某县乡村振兴实施方案的通知')).toBe('plan');
    expect(subtypeOf('某某市人民政府关于印发某某市“十四五”综合交通规划的通知')).toBe('plan');
    expect(subtypeOf('某某县人民政府办公室关于印发2024年度重点工作计划的通知')).toBe('plan');
  });

  it('批复 / 同意 → approval', () => {
    expect(subtypeOf('某某县人民政府关于某某中学扩建项目的批复')).toBe('approval');
    expect(subtypeOf('某某县人民政府关于同意设立某某社区居民委员会的通知')).toBe('approval');
  });

  it('函 → letter', () => {
    expect(subtypeOf('某某区人民政府关于申请开通公交线路的函')).toBe('letter');
    expect(subtypeOf('某某区人民政府关于对某某事项的复函')).toBe('letter');
  });

  it('工作报告 → report', () => {
    expect(subtypeOf('政府工作报告', '各位代表：现在，我代表县人民政府，向大会报告工作……', {})).toBe('report');
  });

  it('a newspaper article → news, an official notice on the same page → notice', () => {
    expect(subtypeOf('小城春来早 产业迎新机', '本报某某3月2日讯（记者王某）今年以来……', {})).toBe('news');
    expect(subtypeOf('某某县重点部门主要领导大接访活动公告', '现将……公告如下', { issuer: '某某县信访局', date: '2023-09-22' })).toBe('notice');
  });

  it('other documents keep category other with evidence and lower confidence when nothing named them', () => {
    const named = classify(doc('某某县人民政府关于做好森林防火工作的通知', '……', { issuer: '某某县人民政府' }));
    const unnamed = classify(doc('某某县第四批非遗名录', '……', { issuer: '某某县人民政府' }));
    expect(named.category).toBe('other');
    expect(named.subtype).toBe('notice');
    expect(unnamed.subtype).toBe('other');
    expect(named.confidence).toBeGreaterThan(unnamed.confidence);
  });
});

describe('decideCategory', () => {
  it('needs the threshold, sums weights and breaks ties regulation > land > appointment', () => {
    expect(decideCategory([{ category: 'land', weight: 2, evidence: 'x' }]).category).toBe('other');
    expect(decideCategory([{ category: 'land', weight: 3, evidence: 'x' }, { category: 'appointment', weight: 3, evidence: 'y' }]).category).toBe('land');
    expect(decideCategory([{ category: 'land', weight: 4, evidence: 'x' }, { category: 'regulation', weight: 4, evidence: 'y' }]).category).toBe('regulation');
    const decided = decideCategory([
      { category: 'appointment', weight: 2, evidence: 'title: 任免' },
      { category: 'appointment', weight: 2, evidence: 'text: 2 项任免' },
    ]);
    expect(decided.evidence).toEqual(['title: 任免', 'text: 2 项任免']);
  });

  it('gives confidences in range, lower when contested', () => {
    for (let s = 0; s <= 12; s++) {
      expect(confidenceOf(s, 0)).toBeGreaterThanOrEqual(0);
      expect(confidenceOf(s, 0)).toBeLessThanOrEqual(1);
    }
    expect(confidenceOf(5, 4)).toBeLessThan(confidenceOf(5, 0));
  });
});
