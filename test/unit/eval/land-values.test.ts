import { describe, expect, it } from 'vitest';
import { areasIn, moneyIn, placeParts, sameArea } from '../../../shared/eval/metrics/land-values.ts';

describe('land label values', () => {
  it('reads areas with their units in square metres', () => {
    expect(areasIn('0.4955公顷(第9村民小组)、0.2187公顷')).toEqual([4955, 2187]);
    expect(areasIn('66.2415亩')[0]).toBeCloseTo(44161, 0);
    expect(areasIn('139m2、8431.07平方米')).toEqual([139, 8431.07]);
    expect(areasIn(null)).toEqual([]);
    expect(sameArea(4955, 4955.4)).toBe(true);
    expect(sameArea(4955, 5200)).toBe(false);
  });

  it('splits a location into its places without 四至 markers and notes', () => {
    expect(placeParts('甲镇乙村、丙村;丁镇戊村(第3组)')).toEqual(['甲镇乙村', '丙村', '丁镇戊村']);
    expect(placeParts('东至某路,西至某河')).toEqual(['某路', '某河']);
  });

  it('finds the money and rates of a compensation item', () => {
    expect(moneyIn('耕地每亩26867元')).toEqual(['26867']);
    expect(moneyIn('土地补偿费24.5276万元,按区片综合地价的1.2倍')).toEqual(['24.5276', '1.2']);
    expect(moneyIn('按某政发[2020]12号')).toEqual([]);
  });
});
