import { describe, expect, it } from 'vitest';
import { shanxiDivisions } from '../../../shared/notify/divisions-shanxi.ts';
import { codeCovers } from '../../../shared/notify/jurisdiction.ts';

describe('shanxiDivisions', () => {
  it('holds the province and its 11 prefecture-level cities', () => {
    expect(shanxiDivisions.filter((d) => d.level === 'province').map((d) => d.code)).toEqual(['140000']);
    const cities = shanxiDivisions.filter((d) => d.level === 'city').map((d) => d.name);
    expect(cities).toEqual(['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市']);
  });

  it('has unique 6-digit codes, every county inside exactly one city of the table', () => {
    const codes = shanxiDivisions.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of shanxiDivisions) expect(d.code).toMatch(/^14\d{4}$/);
    const cities = shanxiDivisions.filter((d) => d.level === 'city');
    for (const county of shanxiDivisions.filter((d) => d.level === 'county')) {
      expect(cities.filter((c) => codeCovers(c.code, county.code)), county.name).toHaveLength(1);
      expect(county.code.endsWith('00')).toBe(false);
    }
  });

  it('knows the seed publications’ places with their codes', () => {
    const byName = (name: string) => shanxiDivisions.filter((d) => d.name === name).map((d) => d.code);
    expect(byName('离石区')).toEqual(['141102']);
    expect(byName('吕梁市')).toEqual(['141100']);
    expect(byName('绛县')).toEqual(['140826']);
    expect(byName('山阴县')).toEqual(['140621']);
    expect(byName('晋源区')).toEqual(['140110']);
    expect(byName('城区')).toEqual(['140302', '140502']);
    expect(shanxiDivisions.filter((d) => d.level === 'county')).toHaveLength(117);
  });
});
