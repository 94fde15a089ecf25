import { describe, expect, it } from 'vitest';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';

const facts = (text: string, title = '关于征收土地的公告') => extractLandFacts({ title, text }, '2023-06-01');

describe('location, project and parties in other wordings', () => {
  it('lists the villages and groups after 涉及, joined by 、 and 和', () => {
    const f = facts('本次征收涉及城关镇东关村、西关村和南街社区第三居民小组的集体土地，共计35.6亩。');
    expect(f.location).toBe('城关镇东关村、西关村、南街社区第三居民小组');
    expect(f.area).toBe('35.6亩');
    expect(f.areaSquareMetres).toBe(23_733.33);
  });

  it('reads a 位于 phrase and a Chinese-numeral area in 亩', () => {
    const f = facts('拟征收土地位于红星乡新民村一组、二组，面积为二十亩。');
    expect(f.location).toBe('红星乡新民村一组、二组');
    expect(f.areaSquareMetres).toBe(13_333.33);
  });

  it('reads labelled lines (项目名称 / 用地位置 / 征地面积)', () => {
    const f = facts('项目名称：滨江公园建设项目\n用地位置：江北区观音桥街道\n征地面积：3.5公顷');
    expect(f).toMatchObject({ project: '滨江公园建设项目', location: '江北区观音桥街道', area: '3.5公顷', areaSquareMetres: 35_000 });
  });

  it('takes the deciding government, else the approving one', () => {
    expect(facts('为实施河西新区道路工程，市人民政府决定征收下列房屋。').requisitioner).toBe('市人民政府');
    expect(facts('经省人民政府批准（批准文号：X政土字〔2023〕12号），征收青山镇柳林村集体农用地8.2公顷。').requisitioner).toBe('省人民政府');
    expect(facts('经省人民政府批准（批准文号：X政土字〔2023〕12号），征收青山镇柳林村集体农用地8.2公顷。').location).toBe('青山镇柳林村');
  });

  it('reads the implementing body from 实施单位：… and 由…负责实施', () => {
    expect(facts('征收实施单位：东城街道办事处。').implementer).toBe('东城街道办事处');
    expect(facts('具体工作由县土地储备中心负责实施。').implementer).toBe('县土地储备中心');
  });

  it('finds the item between 每亩 and the figure', () => {
    const [c] = facts('补偿标准：每亩奖励壹万元。').compensation;
    expect(c).toMatchObject({ amount: 10_000, unit: '元/亩（原文以万元计，已换算为元）', appliesTo: '奖励' });
  });
});

describe('locations of batches and multi-parcel notices', () => {
  const location = (text: string) => extractLandFacts({ title: '', text }, null).location;

  it('keeps every town of a labelled range grouped with ；, and villages whose names hold 和', () => {
    expect(location('一、征收土地范围\n甲镇和平村、幸和村;乙镇新优村;丙街道吉古村。')).toBe('甲镇和平村、幸和村;乙镇新优村;丙街道吉古村');
  });

  it('lists each parcel that is 位于 somewhere', () => {
    expect(location('2024-1号宗地：位于甲镇崔家村，面积39755平方米；2024-2号宗地：位于乙镇锁南村，面积1740平方米。')).toBe('甲镇崔家村；乙镇锁南村');
  });
});
