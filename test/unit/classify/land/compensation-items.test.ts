import { describe, expect, it } from 'vitest';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';

const compensation = (text: string) => extractLandFacts({ title: '', text }, null).compensation.map((c) => [c.text, c.amount, c.unit, c.appliesTo]);

describe('compensation items that are not a rate per unit', () => {
  it('keeps a standard applied by 文号 with what it pays for', () => {
    expect(compensation('（二）青苗和地上附着物补偿按照《某省人民政府关于青苗补偿标准的批复》（某府函〔2020〕217号）执行。')).toEqual([
      ['青苗和地上附着物补偿按照《某省人民政府关于青苗补偿标准的批复》（某府函〔2020〕217号）执行', null, null, '地上附着物、青苗补偿'],
    ]);
  });

  it('reads a multiple of the 区片价 and lump sums in 万元, converted to 元', () => {
    const items = compensation('耕地按征收区片综合地价的1.2倍补偿。第一村民小组：土地补偿费24.5276万元、安置补助费37.1630万元。');
    expect(items).toContainEqual(['耕地按征收区片综合地价的1.2倍补偿', 1.2, '倍', '区片综合地价']);
    expect(items).toContainEqual(['第一村民小组：土地补偿费24.5276万元', 245276, '元（原文以万元计，已换算为元）', '土地补偿费']);
    expect(items).toContainEqual(['安置补助费37.1630万元', 371630, '元（原文以万元计，已换算为元）', '安置补助费']);
  });

  it('reads the starting price and deposit of a land-use-right sale', () => {
    const items = compensation('宗地编号2024-1号，起始价3735万元，竞买保证金750万元，增价幅度10万元。');
    expect(items.map((i) => [i[1], i[3]])).toEqual([
      [37_350_000, '起始价'],
      [7_500_000, '竞买保证金'],
      [100_000, '增价幅度'],
    ]);
  });

  it('keeps a cited document that is itself the compensation standard', () => {
    const items = compensation('根据《关于印发某省征地补偿保护标准的通知》（某国土资发〔2011〕21号）的有关规定，拟定了征收土地补偿安置方案。');
    expect(items.map((i) => i[0])).toEqual(['根据《关于印发某省征地补偿保护标准的通知》（某国土资发〔2011〕21号）的有关规定']);
  });

  it('does not read a legal basis as a compensation standard', () => {
    expect(compensation('根据《某省土地管理条例》（某政发〔2021〕3号）规定，现将有关事项公告如下。')).toEqual([]);
  });
});
