import { describe, expect, it } from 'vitest';
import { extractArea } from '../../../../shared/classify/land/areas.ts';
import { extractCompensation } from '../../../../shared/classify/land/compensation.ts';
import { extractDeadlines } from '../../../../shared/classify/land/deadlines.ts';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';
import { normaliseFactText } from '../../../../shared/classify/land/normalise.ts';
import { parseChineseNumeral, parseNumber } from '../../../../shared/classify/land/numbers.ts';
import { adversarialLandText } from '../../../support/hostile-text.ts';

const area = (s: string) => extractArea(normaliseFactText(s));
const deadlines = (s: string, anchor: string | null, title = '关于征收土地的通告') => extractDeadlines(normaliseFactText(s), title, anchor);

describe('numbers', () => {
  it('reads Chinese numerals and Arabic numbers with separators', () => {
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('一百二十')).toBe(120);
    expect(parseChineseNumeral('二百零五')).toBe(205);
    expect(parseChineseNumeral('一万二千')).toBe(12_000);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('壹拾伍')).toBe(15);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('0.8183')).toBe(0.8183);
  });
});

describe('areas', () => {
  it('converts 公顷, 亩, 平方米 and ㎡ to square metres', () => {
    expect(area('征收土地面积为2.5公顷。')).toEqual({ area: '2.5公顷', squareMetres: 25_000 });
    expect(area('拟征收集体土地一百二十亩。')).toEqual({ area: '一百二十亩', squareMetres: 80_000 });
    expect(area('收回国有土地使用权，面积1,234.5平方米。')).toEqual({ area: '1,234.5平方米', squareMetres: 1234.5 });
    expect(area('用地面积３００㎡。')).toEqual({ area: '300㎡', squareMetres: 300 });
    expect(area('征收面积0.6平方公里。')).toEqual({ area: '0.6平方公里', squareMetres: 600_000 });
  });

  it('sums separate parcels, but takes a printed total and skips breakdowns', () => {
    expect(area('甲村地块3亩；乙村地块1.5亩。')).toEqual({ area: '3亩、1.5亩', squareMetres: 3000 });
    expect(area('甲村地块3亩，乙村地块1.5亩，共计4.5亩。')).toEqual({ area: '4.5亩', squareMetres: 3000 });
    expect(area('征收土地10公顷，其中耕地6公顷、林地4公顷。')).toEqual({ area: '10公顷', squareMetres: 100_000 });
    expect(area('地块一6亩，地块二4亩，地块三10亩。')?.squareMetres).toBe(6666.67); // 10 = 6 + 4: the total
  });

  it('prefers land over the floor area of buildings', () => {
    expect(area('占用集体土地2亩修建建筑物800平方米。')).toEqual({ area: '2亩', squareMetres: 1333.33 });
    expect(area('没有面积。')).toBeNull();
  });
});

describe('compensation', () => {
  it('converts 万元 to 元 and says so in the unit', () => {
    const [c] = extractCompensation(normaliseFactText('土地补偿费按5.2万元/亩执行。'));
    expect(c).toEqual({ text: '土地补偿费按5.2万元/亩', amount: 52_000, unit: '元/亩（原文以万元计，已换算为元）', appliesTo: '土地补偿费' });
  });

  it('reads per-month rents and the item from the heading above', () => {
    const list = extractCompensation(normaliseFactText('（三）临时安置费\n按12元/平方米/月计发。\n青苗补偿费：每亩1,200元。'));
    expect(list.map(({ amount, unit, appliesTo }) => ({ amount, unit, appliesTo }))).toEqual([
      { amount: 12, unit: '元/平方米/月', appliesTo: '临时安置费' },
      { amount: 1200, unit: '元/亩', appliesTo: '青苗补偿费' },
    ]);
  });
});

describe('deadlines', () => {
  it('resolves 自本通告发布之日起十五日内 with full-width digits as well', () => {
    expect(deadlines('自本通告发布之日起十五日内办理登记。', '2023-09-22')).toEqual([
      { text: '自本通告发布之日起十五日内', date: '2023-10-07', purpose: '登记' },
    ]);
    expect(deadlines('自本通告发布之日起１５日内办理登记。', '2023-09-22')[0]?.date).toBe('2023-10-07');
  });

  it('leaves the date null when the anchor is unknown', () => {
    expect(deadlines('自本通告发布之日起15日内办理登记。', null)).toEqual([
      // Without the notice's date the period stays its rule, resolved once that date is known.
      { text: '自本通告发布之日起15日内', date: null, purpose: '登记', rule: { event: '本通告发布', n: 15, unit: 'day' } },
    ]);
    expect(deadlines('被征收人应在收到补偿决定之日起30日内搬迁。', '2023-05-01')).toEqual([
      { text: '收到补偿决定之日起30日内', date: null, purpose: '搬迁', rule: { event: '收到补偿决定', n: 30, unit: 'day' } },
    ]);
  });

  it('dates a term counted from this notice, and leaves one without a printed start undated', () => {
    expect(deadlines('签约期限为30日，自本决定公告之日起计算。', '2023-05-10', '关于房屋征收的决定')).toEqual([
      { text: '签约期限为30日，自本决定公告之日起计算', date: '2023-06-09', purpose: '签约' },
    ]);
    expect(deadlines('征收期限30日。', '2023-05-10')).toEqual([{ text: '征收期限30日', date: null, purpose: '征收' }]);
  });

  it('does not date 签约期限开始之日起 when the signing period is not printed', () => {
    expect(deadlines('在签约期限开始之日起10日内签约的，给予奖励。', '2023-05-10')[0]?.date).toBeNull();
  });

  it('reads printed dates: …前, 截止日期, ranges', () => {
    expect(deadlines('请于二〇二三年十月三十一日前到村委会申报登记。', '2023-10-01')).toEqual([
      { text: '于二〇二三年十月三十一日前', date: '2023-10-31', purpose: '登记' },
    ]);
    expect(deadlines('听证申请截止日期为2023年11月5日。', null)).toEqual([
      { text: '截止日期为2023年11月5日', date: '2023-11-05', purpose: '听证' },
    ]);
    expect(deadlines('交地时间：2023年12月1日至12月15日。', null)).toEqual([
      { text: '2023年12月1日至12月15日', date: '2023-12-15', purpose: '交地' },
    ]);
  });

  it('adds months for the litigation window and keeps a printed start date', () => {
    expect(deadlines('可自2023年8月31日起6个月内向人民法院提起行政诉讼。', null)).toEqual([
      { text: '自2023年8月31日起6个月内', date: '2024-02-29', purpose: '行政诉讼' },
    ]);
  });
});

describe('extractLandFacts', () => {
  it('returns empty facts for text with nothing to read', () => {
    expect(extractLandFacts({ title: '通知', text: '请各单位认真贯彻执行。' }, '2023-01-01')).toEqual({
      project: null,
      location: null,
      area: null,
      areaSquareMetres: null,
      compensation: [],
      deadlines: [],
      implementer: null,
      requisitioner: null,
      legalBasis: [],
    });
  });

  // Speed is the bench's (classify.land_adversarial_throughput); catastrophic backtracking would run for hours, far past this timeout.
  it('reads long and adversarial text (no catastrophic backtracking)', { timeout: 60_000 }, () => {
    const facts = extractLandFacts({ title: '关于征收土地的通告', text: adversarialLandText() }, '2023-01-01');
    expect(facts).toBeTruthy();
  });
});

describe('bare windows', () => {
  it('shows a window with its clause', () => {
    const found = deadlines('权利人要求听证的，应当在接到告知书后五个工作日内提出书面听证申请；逾期视为放弃。', null);
    expect(found.map((d) => d.text)).toEqual(['应当在接到告知书后五个工作日内提出书面听证申请']);
  });
});

describe('land signals of an untitled page', () => {
  it('a lead that cites a rule (根据《…办法》) is not a rule title: the opening keeps its weight', async () => {
    const { landSignals } = await import('../../../../shared/classify/land-category.ts');
    const run = '根据《某省实施〈中华人民共和国土地管理法〉办法》等规定，本局拟就征收集体土地上房屋补偿安置办法举行听证会。现将有关事项公告如下：';
    const asRule = landSignals('某省实施〈中华人民共和国土地管理法〉办法', run, false, true);
    const asLead = landSignals(run.slice(0, 40), run, false, true);
    const weight = (r: typeof asLead) => Math.max(0, ...r.signals.map((s) => s.weight));
    expect(weight(asLead)).toBeGreaterThan(weight(asRule));
  });
});

describe('locations', () => {
  const at = (s: string) => extractLandFacts({ title: '关于征收土地的公告', text: s }, null).location;
  it('reads the places after a project range (位于…范围内A镇B村…)', () => {
    expect(at('现对位于项目用地范围内东山县青石镇柳岸村第3、5村民小组被征收土地进行补偿登记,请相关权利人配合。')).toBe('东山县青石镇柳岸村第3、5村民小组');
  });
  it('reads the places in parentheses after an area, and 作为城镇 is no place', () => {
    expect(at('某县2020年度第二批次城镇建设用地面积12.5亩(河口街道石桥经济联合社、大坪村委会),经省政府批复同意征收作为城镇建设用地。')).toBe('河口街道石桥经济联合社、大坪村委会');
  });
});

describe('flattened compensation tables', () => {
  it('reads the area and the money of each row under a units line', async () => {
    const { extractTables } = await import('../../../../shared/classify/land/tables.ts');
    const text = [
      '一、土地补偿费和安置补助费',
      '单位：公顷、万元',
      '被征地单位', '地类', '面积', '土地补偿费', '安置补助费', '合计',
      '甲村第1组', '耕地', '1.2', '30.5', '40.5', '71',
      '乙村第2组', '园地', '0.8', '20', '25.5', '45.5',
      '二、安置办法',
      '货币安置。',
    ].join('\n');
    const t = extractTables(text);
    expect(t.areas).toEqual([
      { printed: '1.2公顷(甲村第1组耕地)', squareMetres: 12_000 },
      { printed: '0.8公顷(乙村第2组园地)', squareMetres: 8000 },
    ]);
    expect(t.compensation.map((c) => [c.text, c.amount])).toEqual([
      ['甲村第1组耕地1.2公顷:土地补偿费30.5万元、安置补助费40.5万元、合计71万元', 710_000],
      ['乙村第2组园地0.8公顷:土地补偿费20万元、安置补助费25.5万元、合计45.5万元', 455_000],
    ]);
    const facts = extractLandFacts({ title: '征地补偿安置方案公告', text }, null);
    expect(facts.areaSquareMetres).toBe(20_000);
  });

  it('reads nothing when the rows do not line up', async () => {
    const { extractTables } = await import('../../../../shared/classify/land/tables.ts');
    expect(extractTables('单位：万元\n项目\n金额\n说明\n另见附件').compensation).toEqual([]);
  });
});

describe('parcels of a labelled range', () => {
  it('keeps every parcel with its 四至, areas left out', () => {
    const text = '收回范围：宗地一：面积为500平方米，四至：东至河堤路；西至农田。\n宗地二：面积为800平方米，四至：东至新华路；西至厂区。\n收回依据：某县人民政府决定。';
    expect(extractLandFacts({ title: '关于收回国有土地使用权的公告', text }, null).location).toBe('宗地一：东至河堤路；西至农田。宗地二：东至新华路；西至厂区');
  });
});

describe('area totals', () => {
  it('a 总面积 of one use printed after a larger area is not the land total', () => {
    expect(area('方案划定开发范围面积20公顷，征收区域面积12公顷。方案公益性用地总面积8公顷。')?.squareMetres).not.toBe(80_000);
    expect(area('甲地块3公顷，乙地块2公顷，总面积5公顷。')).toEqual({ area: '5公顷', squareMetres: 50_000 });
  });
});

describe('resettlement ways', () => {
  it('reads the way printed under a 安置办法 heading', () => {
    const text = '一、补偿标准\n按省定标准执行。\n二、征收土地所涉及的农业人员安置办法\n纳入被征地农民养老保险或给予一次性就业补助。\n三、其他事项';
    const items = extractLandFacts({ title: '征地补偿安置方案公告', text }, null).compensation;
    expect(items.filter((c) => c.appliesTo === '安置').map((c) => c.text)).toEqual(['农业人员安置办法:纳入被征地农民养老保险或给予一次性就业补助']);
  });
});

describe('deadlines without a date', () => {
  it('an obligation within a period set elsewhere, and a masked date', () => {
    const found = deadlines('权利人应当在本公告规定期限内持权属证明到镇政府办理补偿登记，在规定期限内未办理的，以调查结果为准。竞买保证金到账截止时间为****16时。竞买资格审查截止时间为****17时。', null);
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['权利人应当在本公告规定期限内持权属证明到镇政府办理补偿登记', null],
      ['竞买保证金到账截止时间为****16时', null],
    ]);
  });
});
