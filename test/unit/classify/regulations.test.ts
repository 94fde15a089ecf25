import { describe, expect, it } from 'vitest';
import { findCommencements, resolveStartDate } from '../../../shared/classify/commencement.ts';
import { classifyDocument } from '../../../shared/classify/classify.ts';
import { extractRegulationFacts, findRepeals } from '../../../shared/classify/regulations.ts';
import { bracketedNames, isRuleName, ruleNameInTitle } from '../../../shared/classify/rule-names.ts';
import { compactRun } from '../../../shared/classify/text.ts';
import { doc } from './doc.ts';

const facts = (title: string, text: string, anchor: string | null = null) =>
  extractRegulationFacts({ title: compactRun(title), run: compactRun(text), news: false }, anchor);

describe('rule names', () => {
  it('knows the kinds of rules and their qualifiers', () => {
    expect(isRuleName('某某省物业管理条例')).toBe(true);
    expect(isRuleName('某某市城市道路挖掘管理办法（试行）')).toBe(true);
    expect(isRuleName('某某县财政专项资金管理实施细则')).toBe(true);
    expect(isRuleName('关于进一步规范劳动能力鉴定工作的通知')).toBe(false);
    expect(isRuleName('某某县耕地保护工作方案')).toBe(false);
  });

  it('finds the rule a title names', () => {
    expect(ruleNameInTitle('某某市人民政府关于印发《某某市城市供水管理办法》的通知')).toBe('某某市城市供水管理办法');
    expect(ruleNameInTitle('某某县人民政府办公室关于印发某某县河道采砂管理办法（试行）的通知')).toBe('某某县河道采砂管理办法（试行）');
    expect(ruleNameInTitle('某某省电梯安全管理条例')).toBe('某某省电梯安全管理条例');
    expect(ruleNameInTitle('某某县人民政府关于印发某某工作方案的通知')).toBeNull();
  });

  it('reads 《》 names, nested brackets included', () => {
    expect(bracketedNames('根据《甲法》和《乙条例》，印发《丙办法》')).toEqual(['甲法', '乙条例', '丙办法']);
    expect(bracketedNames('《关于印发<某办法>的通知》')).toEqual(['关于印发<某办法>的通知']);
  });
});

describe('effective dates', () => {
  it('resolves 自2024年3月1日起施行 to an ISO date', () => {
    expect(facts('某某市人民政府关于印发《某某市停车管理办法》的通知', '第三十条 本办法自2024年3月1日起施行。').effectiveDate).toBe('2024-03-01');
    expect(facts('某某管理办法', '本办法自二〇二四年五月一日起施行。').effectiveDate).toBe('2024-05-01');
  });

  it('resolves 自发布之日起施行 and similar to the anchor date', () => {
    expect(facts('某某管理办法', '本办法自发布之日起施行。', '2024-02-28').effectiveDate).toBe('2024-02-28');
    expect(facts('某某规定', '本规定自印发之日起实施，有效期5年。', '2023-11-02').effectiveDate).toBe('2023-11-02');
    expect(facts('某某管理办法', '本办法自发布之日起施行。', null).effectiveDate).toBeNull();
  });

  it('counts the delay of 自公布之日起30日后施行 and 满三十日施行 from the anchor date', () => {
    expect(facts('某某市物业管理办法', '本办法自公布之日起30日后施行。', '2024-01-15').effectiveDate).toBe('2024-02-14');
    expect(facts('某某市物业管理办法', '本办法自公布之日起三十日后施行，有效期5年。', '2024-01-15')).toMatchObject({ effectiveDate: '2024-02-14', validity: '有效期5年' });
    expect(facts('某某市物业管理办法', '本办法自发布之日起满30日施行。', '2023-12-20').effectiveDate).toBe('2024-01-19');
    expect(facts('某某市物业管理办法', '本办法自公布之日起30日后施行。', null).effectiveDate).toBeNull();
    expect(findCommencements(compactRun('本办法自公布之日起30日后施行。'), '2024-01-15')[0]?.phrase).toBe('自公布之日起30日后施行');
  });

  it('resolves dates without a year against the anchor (今年1月1日)', () => {
    expect(resolveStartDate('今年1月1日', '2024-01-04')).toBe('2024-01-01');
    expect(resolveStartDate('明年1月1日', '2024-06-04')).toBe('2025-01-01');
    expect(resolveStartDate('3月1日', null)).toBeNull();
  });

  it('prefers the document’s own clause over dates of other acts', () => {
    const run = compactRun('原办法自2019年1月1日起施行。本办法自2024年7月1日起施行。');
    const found = findCommencements(run, null);
    expect(found.map((c) => c.date)).toEqual(['2019-01-01', '2024-07-01']);
    expect(facts('某某管理办法', '原办法自2019年1月1日起施行。本办法自2024年7月1日起施行。').effectiveDate).toBe('2024-07-01');
  });

  it('ignores 自…起 without a commencement verb', () => {
    expect(findCommencements(compactRun('自2017年投产以来，新刻制的印章自2023年6月1日启用。'), null)).toEqual([]);
  });
});

describe('validity and repeals', () => {
  it('reads 有效期5年, 有效期至…, 试行期2年 and falls back to （试行）', () => {
    expect(facts('某某管理办法', '本办法自2024年1月1日起施行，有效期5年。').validity).toBe('有效期5年');
    expect(facts('某某管理办法', '本办法自2024年1月1日起施行，有效期至2028年12月31日。').validity).toBe('有效期至2028年12月31日');
    expect(facts('某某实施方案（试行）', '本办法自2023年5月17日起试行，\n试行期2年。').validity).toBe('试行期2年');
    expect(facts('关于印发某某管理办法（试行）的通知', '本办法自发布之日起施行。').validity).toBe('试行');
  });

  it('does not take a licence term for the rule’s validity', () => {
    expect(facts('某某采砂管理办法', '第十二条 采砂许可证的有效期为一年。第三十条 本办法自2024年1月1日起施行。').validity).toBeNull();
  });

  it('reads one or several repealed rules', () => {
    expect(findRepeals(compactRun('本办法自2024年3月1日起施行，同时废止《某某市停车场管理暂行办法》。'))).toEqual(['某某市停车场管理暂行办法']);
    expect(
      findRepeals(compactRun('本规定自发布之日起施行。2015年印发的《甲办法》（某政发〔2015〕3号）、《乙规定》和《丙细则》同时废止。')),
    ).toEqual(['甲办法', '乙规定', '丙细则']);
    expect(findRepeals(compactRun('本办法施行后，原某某县城市管理暂行规定予以废止。'))).toEqual(['某某县城市管理暂行规定']);
  });
});

describe('classifyDocument on regulations', () => {
  it('classifies a rule-issuing notice with name, date, validity and repeals', () => {
    const text = '各乡镇人民政府，县直各单位：\n《某某县农村饮水安全管理办法》已经县政府同意，现印发给你们。\n第一条 为了……\n第三十条 本办法自2024年3月1日起施行，有效期5年。同时废止《某某县农村供水管理暂行办法》。';
    const result = classifyDocument(doc('某某县人民政府关于印发《某某县农村饮水安全管理办法》的通知', text, { docNumber: '某政发〔2024〕2号', date: '2024-02-01' }), {
      publishedDate: null,
    });
    expect(result.category).toBe('regulation');
    expect(result.subtype).toBe('regulation');
    expect(result.regulation).toEqual({
      effectiveDate: '2024-03-01',
      repeals: ['某某县农村供水管理暂行办法'],
      name: '某某县农村饮水安全管理办法',
      validity: '有效期5年',
    });
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.confidence).toBeGreaterThan(0.8);
  });

  it('classifies a normative notice that states its own commencement and validity', () => {
    const text = '一、……\n二、……\n本通知自印发之日起执行，有效期三年。';
    const result = classifyDocument(doc('某某市人民政府办公室关于调整城市公交票价的通知', text, { date: '2024-04-01' }), { publishedDate: null });
    expect(result.category).toBe('regulation');
    expect(result.regulation?.effectiveDate).toBe('2024-04-01');
    expect(result.regulation?.validity).toBe('有效期三年');
  });

  it('classifies a registered normative document by its number', () => {
    const result = classifyDocument(doc('某某市人民政府关于调整征收标准的通知', '现就有关事项通知如下：……', { docNumber: '某政规〔2024〕3号' }), { publishedDate: null });
    expect(result.category).toBe('regulation');
    expect(result.evidence).toContain('docNumber: 某政规〔2024〕3号');
  });

  it('classifies a 关于废止…的决定 as a regulation with its repeals', () => {
    const text = '经市政府研究，决定废止《某某市户外广告管理办法》《某某市城市绿化管理规定》。本决定自公布之日起施行。';
    const result = classifyDocument(doc('某某市人民政府关于废止部分规章的决定', text, { date: '2024-05-06' }), { publishedDate: null });
    expect(result.category).toBe('regulation');
    expect(result.regulation?.repeals).toEqual(['某某市户外广告管理办法', '某某市城市绿化管理规定']);
    expect(result.regulation?.effectiveDate).toBe('2024-05-06');
  });

  it('classifies a newspaper article announcing a regulation as a regulation change naming it', () => {
    const text = '本报讯（记者张某）记者从省政府新闻办获悉，《某某省生活垃圾分类管理条例》将于今年5月1日起正式施行。条例共六章四十条……';
    const result = classifyDocument(doc('垃圾分类有了地方法规', text), { publishedDate: '2024-03-20' });
    expect(result.category).toBe('regulation');
    expect(result.regulation?.name).toBe('某某省生活垃圾分类管理条例');
    expect(result.regulation?.effectiveDate).toBe('2024-05-01');
  });

  it('classifies a 政府令 and a 常委会公告 that publish a rule, naming the rule', () => {
    const order = '《某某省安全生产条例实施办法》已经2024年1月5日省人民政府第20次常务会议通过，现予公布，自2024年3月1日起施行。\n省长 某某\n2024年1月20日';
    const result = classifyDocument(doc('某某省人民政府令', order, { docNumber: null, date: '2024-01-20' }), { publishedDate: null });
    expect(result.category).toBe('regulation');
    expect(result.regulation?.name).toBe('某某省安全生产条例实施办法');
    expect(result.regulation?.effectiveDate).toBe('2024-03-01');
    const announcement = '《某某市养犬管理条例》已由某某市第十六届人民代表大会常务委员会第十次会议于2023年10月26日通过，现予公布，自2024年1月1日起施行。';
    const published = classifyDocument(doc('某某市人民代表大会常务委员会公告', announcement), { publishedDate: null });
    expect(published.category).toBe('regulation');
    expect(published.regulation?.name).toBe('某某市养犬管理条例');
    expect(published.regulation?.effectiveDate).toBe('2024-01-01');
  });

  it('keeps a subsidy for one company that calls itself 办法 out of regulations', () => {
    const text = '对某某食品有限公司屠宰费用给予补贴。补贴办法如下：……五、本办法自2023年4月1日起执行。';
    const result = classifyDocument(doc('某某区人民政府关于对某某食品有限公司屠宰费用给予补贴的通知', text, { date: '2023-04-20' }), { publishedDate: null });
    expect(result.category).toBe('other');
    expect(result.regulation).toBeNull();
  });

  it('keeps a news report about a notice (not a rule) as news', () => {
    const text = '本报讯 近日，省人社厅等三部门联合印发《关于进一步规范劳动能力鉴定工作的通知》，要求……';
    const result = classifyDocument(doc('三部门发文规范劳动能力鉴定', text), { publishedDate: null });
    expect(result.category).toBe('other');
    expect(result.subtype).toBe('news');
  });
});
