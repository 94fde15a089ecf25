import { describe, expect, it } from 'vitest';
import { documentKey, issuerCore, normaliseDocNumber, normaliseTitle } from '../../../shared/changes/document-key.ts';
import { readSeed, SEED_LISHI, SEED_SHANYIN } from './seed.ts';

const base: { title: string; date: string | null; sourceId: string; sourceKind: 'gazette' } = { title: '关于贺尔荣同志免职的通知', date: '2023-04-06', sourceId: 'lishi-gazette', sourceKind: 'gazette' };
const keyOf = (docNumber: string | null, issuer: string | null, extra: Partial<typeof base> = {}) =>
  documentKey({ ...base, ...extra, docNumber, issuer }).key;

describe('normaliseDocNumber', () => {
  it.each([
    ['离政发〔2023〕3号', '离政发〔2023〕3号'],
    ['离政办发(2023)8号', '离政办发〔2023〕8号'],
    ['离政办发（2023）11 号', '离政办发〔2023〕11号'],
    ['离 政办函[2023]12 号', '离政办函〔2023〕12号'],
    ['山政发【2023】 23 号', '山政发〔2023〕23号'],
    ['晋政办发〔２０１６〕１０１号', '晋政办发〔2016〕101号'],
    ['离政函〔2023〕第024号', '离政函〔2023〕24号'],
    ['(离政函〔2023〕29 号)', '离政函〔2023〕29号'],
    ['离政发〔2023〕7', '离政发〔2023〕7号'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDocNumber(input)).toBe(expected);
  });

  it('maps the OCR slip 承 for 函 to one identity, and keeps forms without a year', () => {
    expect(normaliseDocNumber('离政办承〔2023〕12号')).toBe('离政办函〔2023〕12号');
    expect(normaliseDocNumber('国务院令 第 711 号')).toBe('国令第711号');
    expect(normaliseDocNumber('  ')).toBeNull();
    expect(normaliseDocNumber(null)).toBeNull();
  });

  it('maps every bracket/space variant printed in the 离石区 and 山阴县 seeds to one form per number', () => {
    const pattern = /([\p{Script=Han}]{1,6}) ?[〔(（[【] ?(\d{4}) ?[〕)）\]】] ?(\d{1,5}) ?号/gu;
    for (const seed of [SEED_LISHI, SEED_SHANYIN]) {
      const groups = new Map<string, Set<string>>();
      for (const m of readSeed(seed).matchAll(pattern)) {
        const identity = `${m[1]}|${m[2]}|${m[3]}`;
        const set = groups.get(identity) ?? new Set<string>();
        set.add(normaliseDocNumber(m[0]) ?? '');
        groups.set(identity, set);
      }
      expect(groups.size).toBeGreaterThan(20);
      for (const [identity, forms] of groups) {
        const [prefix, year, serial] = identity.split('|');
        expect([...forms]).toEqual([`${(prefix ?? '').replace(/承$/u, '函')}〔${year}〕${serial}号`]);
      }
    }
  });
});

describe('issuerCore', () => {
  it('folds the OCR slip 岛石区 and full/short forms of the same issuer together', () => {
    const core = issuerCore('吕梁市离石区人民政府');
    expect(core).toBe('离石区政府');
    expect(issuerCore('吕梁市岛石区人民政府')).toBe(core);
    expect(issuerCore('离石区人民政府')).toBe(core);
    expect(issuerCore('山西省吕梁市离石区人民政府')).toBe(core);
    expect(issuerCore(' 吕梁市 离石区 人民政府 ')).toBe(core);
  });

  it('keeps different issuers apart', () => {
    expect(issuerCore('吕梁市离石区人民政府办公室')).not.toBe(issuerCore('吕梁市离石区人民政府'));
    expect(issuerCore('太原市人民政府')).toBe('太原市政府');
    expect(issuerCore('太原市市场监督管理局')).toBe('太原市市场监督管理局');
    expect(issuerCore('朔州市山阴县人民政府')).not.toBe(issuerCore('商洛市山阳县人民政府'));
    expect(issuerCore(null)).toBe('');
  });
});

describe('documentKey', () => {
  it('gives one DynamoDB-safe key to OCR and layout variants of the same numbered document', () => {
    const k = documentKey({ ...base, docNumber: '离政发〔2023〕3号', issuer: '吕梁市离石区人民政府' });
    expect(k.key).toMatch(/^n:[0-9a-f]{32}$/);
    expect(k.label).toBe('离政发〔2023〕3号 · 吕梁市离石区人民政府');
    expect(keyOf('离政发(2023)3 号', '吕梁市岛石区人民政府')).toBe(k.key);
    expect(keyOf('离政发（２０２３）３号', '离石区人民政府', { title: '另一个标题', date: null })).toBe(k.key);
  });

  it('separates different numbers, years and issuers; folds the OCR slip of the type character', () => {
    const k = keyOf('离政办函〔2023〕12号', '吕梁市离石区人民政府办公室');
    expect(keyOf('离政办函〔2023〕13号', '吕梁市离石区人民政府办公室')).not.toBe(k);
    expect(keyOf('离政办承〔2023〕12号', '吕梁市离石区人民政府办公室')).toBe(k); // OCR slip 承 for 函
    expect(keyOf('离政办函〔2022〕12号', '吕梁市离石区人民政府办公室')).not.toBe(k);
    expect(keyOf('离政办函〔2023〕12号', '绛县人民政府办公室')).not.toBe(k);
  });

  it('without a number: issuer + title + date, tolerant of spacing, punctuation and OCR slips', () => {
    const input = { docNumber: null, issuer: '吕梁市离石区人民政府', sourceId: 's', sourceKind: 'document-list' as const };
    const k = documentKey({ ...input, title: '关于将 2023 年第一批次村镇建设用地纳入国土空间规划的承诺函', date: '2023-05-10' });
    expect(k.key).toMatch(/^t:[0-9a-f]{32}$/);
    const variant = documentKey({ ...input, issuer: '离石区人民政府', title: '关于将2023年第一批次村镇建设用地纳人国土空间规划的“承诺函”', date: '2023-05-10' });
    expect(variant.key).toBe(k.key);
    expect(documentKey({ ...input, title: '关于将 2023 年第一批次村镇建设用地纳入国土空间规划的承诺函', date: '2023-05-11' }).key).not.toBe(k.key);
    expect(documentKey({ ...input, title: '关于将 2023 年第二批次村镇建设用地纳入国土空间规划的承诺函', date: '2023-05-10' }).key).not.toBe(k.key);
  });

  it('newspaper articles: source + date + title; a printed 文号 still wins', () => {
    const article = { docNumber: null, issuer: null, title: '太原市人民政府收回国有土地使用权通告', date: '2023-09-12', sourceKind: 'newspaper' as const };
    const k = documentKey({ ...article, sourceId: 'taiyuan-daily' });
    expect(k.key).toMatch(/^a:[0-9a-f]{32}$/);
    expect(k.label).toBe('taiyuan-daily · 2023-09-12 · 太原市人民政府收回国有土地使用权通告');
    expect(documentKey({ ...article, sourceId: 'shanxi-daily' }).key).not.toBe(k.key);
    expect(documentKey({ ...article, sourceId: 'taiyuan-daily', date: '2023-09-13' }).key).not.toBe(k.key);
    expect(documentKey({ ...article, sourceId: 'taiyuan-daily', docNumber: '并政地〔2023〕5号' }).key).toMatch(/^n:/);
  });

  it('keeps keys short whatever the title length', () => {
    const k = documentKey({ ...base, docNumber: null, issuer: '某'.repeat(500), title: '长'.repeat(5000) });
    expect(k.key.length).toBe(34);
  });
});

describe('normaliseTitle', () => {
  it('drops a trailing 文号 in brackets, spaces and punctuation', () => {
    expect(normaliseTitle('吕梁市离石区人民政府关于贺尔荣同志免职的 通知(离政发〔2023〕3号)')).toBe(
      normaliseTitle('吕梁市离石区人民政府关于贺尔荣同志免职的通知'),
    );
  });
});
