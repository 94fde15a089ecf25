import { describe, expect, it } from 'vitest';
import { bigramDice, comparable, docNumberKey, docNumbersIn } from '../../../shared/eval/comparable.ts';

describe('comparable', () => {
  it('folds traditional characters, pinyin debris, width, quotes, brackets and spaces', () => {
    expect(comparable('關(guān)于對 體育館')).toBe('关于对体育馆');
    expect(comparable('“十四五”规划　（试行）')).toBe('"十四五"规划(试行)');
    expect(comparable('   ')).toBeNull();
    expect(comparable(null)).toBeNull();
  });

  it('keeps what printing does not vary', () => {
    expect(comparable('关于甲的通知')).not.toBe(comparable('关于乙的通知'));
  });

  it('reads 文号 in every bracket form as one key', () => {
    expect(docNumberKey('国发〔2018〕41号')).toBe(docNumberKey('国发[2018]41号'));
    expect(docNumberKey('国发(2018)41号')).toBe(docNumberKey('国发 〔2018〕 41号'));
    expect(docNumbersIn('参照川府函〔2020〕217号和苏政发（2021）87号执行')).toEqual(['府函[2020]217号', '政发[2021]87号']);
  });

  it('scores wording overlap', () => {
    expect(bigramDice('征收土地预公告', '征收土地预公告')).toBe(1);
    expect(bigramDice('征收土地预公告', '任免通知')).toBe(0);
    expect(bigramDice('征收土地预公告', '征收土地公告')).toBeGreaterThan(0.5);
  });
});
