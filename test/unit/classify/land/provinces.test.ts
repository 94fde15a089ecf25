/**
 * Notices written for these tests in the style of other provinces (names are invented): a 征收土地预公告,
 * a 征地补偿安置方案公告 with a standards table, and a 国有土地上房屋征收决定.
 */
import { describe, expect, it } from 'vitest';
import { landFactsSchema } from '../../../../shared/model/document.ts';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';

const PRE_NOTICE = {
  title: '青川县人民政府关于城南物流园建设项目征收土地预公告',
  text: [
    '因城南物流园建设项目需要，根据《中华人民共和国土地管理法》第四十七条、《中华人民共和国土地管理法实施条例》第二十六条的规定，青川县人民政府拟征收土地，现将有关事项预公告如下：',
    '一、征收范围：青川县河口镇柳湾村三组、四组，东至县道X105，南至柳湾河，西至村道，北至物流园规划路（具体以勘测定界图为准）。',
    '二、征收目的：用于城南物流园建设。',
    '三、拟征收土地面积：约十五公顷（折合二百二十五亩）。',
    '四、自本公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。',
    '五、请拟征收土地范围内的土地所有权人、使用权人自本公告发布之日起十个工作日内，持不动产权属证明材料到河口镇人民政府办理补偿登记。',
    '六、本次土地征收由青川县自然资源局负责组织实施。',
    '青川县人民政府',
    '2023年11月3日',
  ].join('\n'),
};

const COMPENSATION_PLAN = {
  title: '云溪区自然资源局征地补偿安置方案公告',
  text: [
    '根据《中华人民共和国土地管理法》第四十七条和《中华人民共和国土地管理法实施条例》第二十七条规定，现将云溪区2023年度第6批次城镇建设用地征地补偿安置方案公告如下：',
    '一、征收土地位置：云溪区桃林镇石门社区、双桥村。',
    '二、征收土地面积：集体土地12.3456公顷，其中农用地10.2公顷（耕地6.1公顷），建设用地2.1456公顷。',
    '三、补偿标准：',
    '1.土地补偿费：按区片综合地价45000元/亩执行；',
    '2.安置补助费：27,000元/亩；',
    '3.青苗补偿费：1500元/亩；',
    '4.房屋补偿：砖混结构860元/平方米，砖木结构650元/平方米；',
    '5.搬迁费：每户3000元；',
    '6.临时安置费：8元/平方米·月，按6个月计发。',
    '四、被征地农村集体经济组织、农村村民或者其他权利人对本方案有异议的，可自本公告发布之日起30日内书面提出意见；要求听证的，应当在本公告发布之日起5个工作日内向云溪区自然资源局提出听证申请，逾期未提出的，视为放弃听证。',
    '五、请被征地农户于2023年12月31日前到所在村委会办理补偿登记。',
    '云溪区自然资源局',
    '2023年12月1日',
  ].join('\n'),
};

const HOUSE_DECISION = {
  title: '东江市人民政府关于旧城片区改造项目国有土地上房屋征收决定',
  text: [
    '为了公共利益的需要，根据《国有土地上房屋征收与补偿条例》第八条、第十三条规定，经东江市人民政府研究，决定对旧城片区改造项目范围内国有土地上房屋实施征收。现将有关事项公告如下：',
    '一、征收范围：东至解放路，南至滨江大道，西至人民巷，北至中山路。',
    '二、房屋征收部门为东江市房屋征收与补偿办公室，委托东江市城东街道办事处为房屋征收实施单位。',
    '三、征收房屋总建筑面积约3.2万平方米。',
    '四、签约期限为2024年3月1日至2024年3月30日；搬迁期限为签约期限届满之日起15日内。被征收人在签约期限开始之日起10日内签约并搬迁的，给予每平方米200元的提前搬迁奖励。',
    '五、临时安置费按每月每平方米15元计算，搬迁费按1200元/户一次性支付。',
    '六、被征收人对本征收决定不服的，可以自本决定公告之日起60日内向东江省人民政府申请行政复议，也可以在6个月内向东江市中级人民法院提起行政诉讼。',
    '东江市人民政府',
    '2024年2月20日',
  ].join('\n'),
};

describe('征收土地预公告', () => {
  const facts = extractLandFacts(PRE_NOTICE, '2023-11-03');

  it('is valid against the schema', () => {
    expect(landFactsSchema.safeParse(facts).success).toBe(true);
  });

  it('reads project, place, 四至 and a Chinese-numeral area in 公顷 (the bracketed 亩 is not added)', () => {
    expect(facts.project).toBe('城南物流园建设项目');
    expect(facts.location).toBe('青川县河口镇柳湾村三组、四组');
    expect(facts.boundaries).toEqual({ east: '县道X105', south: '柳湾河', west: '村道', north: '物流园规划路' });
    expect(facts.area).toBe('十五公顷');
    expect(facts.areaSquareMetres).toBe(150_000);
  });

  it('reads who requisitions and who carries it out, and the articles cited', () => {
    expect(facts.requisitioner).toBe('青川县人民政府');
    expect(facts.implementer).toBe('青川县自然资源局');
    expect(facts.legalBasis).toEqual(['《中华人民共和国土地管理法》第四十七条', '《中华人民共和国土地管理法实施条例》第二十六条']);
  });

  it('counts 十个工作日 over two weekends and does not make the 抢栽抢建 ban a deadline', () => {
    // 2023-11-03 is a Friday: 6–10 and 13–17 November are the ten working days.
    expect(facts.deadlines).toEqual([{ text: '自本公告发布之日起十个工作日内', date: '2023-11-17', purpose: '登记' }]);
  });
});

describe('征地补偿安置方案公告', () => {
  const facts = extractLandFacts(COMPENSATION_PLAN, '2023-12-01');

  it('takes the total area, not its breakdown', () => {
    expect(facts.area).toBe('12.3456公顷');
    expect(facts.areaSquareMetres).toBe(123_456);
    expect(facts.location).toBe('云溪区桃林镇石门社区、双桥村');
    expect(facts.project).toBe('云溪区2023年度第6批次城镇建设用地');
  });

  it('reads each line of the standards table with what it pays for', () => {
    expect(facts.compensation.map(({ amount, unit, appliesTo }) => ({ amount, unit, appliesTo }))).toEqual([
      { amount: 45000, unit: '元/亩', appliesTo: '土地补偿费（区片综合地价）' },
      { amount: 27000, unit: '元/亩', appliesTo: '安置补助费' },
      { amount: 1500, unit: '元/亩', appliesTo: '青苗补偿费' },
      { amount: 860, unit: '元/平方米', appliesTo: '房屋补偿（砖混结构）' },
      { amount: 650, unit: '元/平方米', appliesTo: '房屋补偿（砖木结构）' },
      { amount: 3000, unit: '元/户', appliesTo: '搬迁费' },
      { amount: 8, unit: '元/平方米/月', appliesTo: '临时安置费' },
    ]);
  });

  it('dates the objection window, the 5-working-day hearing request and the registration date', () => {
    expect(facts.deadlines).toEqual([
      // 30 days end on Sunday 31 December, then 元旦: the period runs to the next working day (民法典 art. 203).
      { text: '自本公告发布之日起30日内', date: '2024-01-02', purpose: '异议' },
      // 2023-12-01 is a Friday: 4–8 December.
      { text: '本公告发布之日起5个工作日内', date: '2023-12-08', purpose: '听证' },
      { text: '于2023年12月31日前', date: '2023-12-31', purpose: '登记' },
    ]);
    expect(facts.requisitioner).toBeNull();
  });
});

describe('国有土地上房屋征收决定', () => {
  const facts = extractLandFacts(HOUSE_DECISION, '2024-02-20');

  it('reads the 四至, the implementing unit and the issuing government', () => {
    expect(facts.location).toBe('东至解放路，南至滨江大道，西至人民巷，北至中山路');
    expect(facts.boundaries).toEqual({ east: '解放路', south: '滨江大道', west: '人民巷', north: '中山路' });
    expect(facts.implementer).toBe('东江市城东街道办事处');
    expect(facts.requisitioner).toBe('东江市人民政府');
    expect(facts.project).toBe('旧城片区改造项目');
    expect(facts.legalBasis).toEqual(['《国有土地上房屋征收与补偿条例》第八条、第十三条']);
  });

  it('falls back to the floor area of the houses (3.2万平方米) when no land area is printed', () => {
    expect(facts.area).toBe('3.2万平方米');
    expect(facts.areaSquareMetres).toBe(32_000);
  });

  it('reads per-unit standards written with 每', () => {
    expect(facts.compensation.map(({ amount, unit, appliesTo }) => ({ amount, unit, appliesTo }))).toEqual([
      { amount: 200, unit: '元/平方米', appliesTo: '提前搬迁奖励' },
      { amount: 15, unit: '元/平方米/月', appliesTo: '临时安置费' },
      { amount: 1200, unit: '元/户', appliesTo: '搬迁费' },
    ]);
  });

  it('resolves the signing period, dates counted from it, and the review and litigation windows', () => {
    expect(facts.deadlines).toEqual([
      { text: '签约期限为2024年3月1日至2024年3月30日', date: '2024-03-30', purpose: '签约' },
      // Sunday 14 April and Saturday 20 April are rest days: both periods run to the Monday after (民法典 art. 203).
      { text: '搬迁期限为签约期限届满之日起15日内', date: '2024-04-15', purpose: '搬迁' },
      { text: '签约期限开始之日起10日内', date: '2024-03-11', purpose: '签约' },
      { text: '自本决定公告之日起60日内', date: '2024-04-22', purpose: '行政复议', statutory: true, basis: '《中华人民共和国行政复议法》第二十条' },
      { text: '6个月内', date: '2024-08-20', purpose: '行政诉讼', statutory: true, basis: '《中华人民共和国行政诉讼法》第四十六条' },
    ]);
  });
});
