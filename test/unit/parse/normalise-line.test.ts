import { describe, expect, it } from 'vitest';
import { normaliseLine, plainLine, undoubleGlyphs } from '../../../shared/parse/normalise-line.ts';
import { correctConfusions, placeNameRepairs } from '../../../shared/parse/ocr-corrections.ts';
import { prepareLines } from '../../../shared/parse/prepare-lines.ts';

describe('normaliseLine', () => {
  it('removes spaces between Chinese characters and between Chinese and digits, keeps Latin spacing', () => {
    expect(normaliseLine(' 政 府 工 作 报 告')).toBe('政府工作报告');
    expect(normaliseLine('2023 年 7月 20 日')).toBe('2023年7月20日');
    expect(normaliseLine('惠 农 补 贴 政 策 ，兑 现')).toBe('惠农补贴政策，兑现');
    expect(normaliseLine('E-mail 1sqzfb2862@126.com')).toBe('E-mail 1sqzfb2862@126.com');
  });
  it('prints every run of spaces it keeps as one space, and drops a long run between Chinese characters whole', () => {
    expect(normaliseLine('E-mail    1sqzfb2862@126.com   (备用)')).toBe('E-mail 1sqzfb2862@126.com (备用)');
    expect(normaliseLine('离石区     人民政府   2023 年')).toBe('离石区人民政府2023年');
  });
  it('converts unusual spaces to plain ones before collapsing them', () => {
    expect(normaliseLine('Tel:\u3000\u00a00358-1234567')).toBe('Tel: 0358-1234567');
  });
  it('converts full-width letters and digits, keeps Chinese punctuation', () => {
    expect(normaliseLine('２０２３年ＡＢ（此件公开发布）')).toBe('2023年AB（此件公开发布）');
  });
  it('drops markdown quote marks', () => {
    expect(normaliseLine('> 吕梁市离石区人民政府 2023年4月6日')).toBe('吕梁市离石区人民政府2023年4月6日');
  });
  it('undoes fake-bold doubled glyphs only when the whole line doubles', () => {
    expect(undoubleGlyphs('““春之声春之声””')).toBe('“春之声”');
    expect(undoubleGlyphs('20242024高平新年音乐会精彩亮相高平新年音乐会精彩亮相')).toBe('2024高平新年音乐会精彩亮相');
    expect(undoubleGlyphs('各乡（镇）人民政府')).toBe('各乡（镇）人民政府');
    expect(undoubleGlyphs('谢谢谢谢')).toBe('谢谢谢谢');
    // An odd length cannot split into runs printed twice.
    expect(undoubleGlyphs('春之声春之声。')).toBe('春之声春之声。');
  });
});

describe('OCR corrections', () => {
  it('fixes 入 misread as 人 after verbs that take 入, not in real words', () => {
    expect(correctConfusions('建设用地纳人离石区国土空间总体规划')).toBe('建设用地纳入离石区国土空间总体规划');
    expect(correctConfusions('参加人员和资深人士')).toBe('参加人员和资深人士');
    expect(correctConfusions('己经县人民政府同意')).toBe('已经县人民政府同意');
    expect(correctConfusions('人民政府将其纳人规划，巳经列人计划')).toBe('人民政府将其纳入规划，已经列入计划');
  });
  it('fixes 日 misread as 曰 only after a digit', () => {
    expect(correctConfusions('2023年4月6曰，子曰')).toBe('2023年4月6日，子曰');
    expect(correctConfusions('曰')).toBe('曰');
  });
  it('repairs a place name misread in one character when the right name dominates', () => {
    const text = `${'吕梁市离石区人民政府\n'.repeat(12)}吕梁市岛石区人民政府关于成立吕梁市岛石区文化旅游投资运营有限公司的通知\n`;
    const repairs = placeNameRepairs(text, ['离石区']);
    expect(repairs.get('岛石区')).toBe('离石区');
    const prepared = prepareLines(text);
    expect(prepared.lines.at(-2)).toBe('吕梁市离石区人民政府关于成立吕梁市离石区文化旅游投资运营有限公司的通知');
  });
  it('takes only an ideograph as the misread character, and counts forms left to right without overlap', () => {
    const text = `${'离石区人民政府\n'.repeat(6)}离A区 岛石区\n`;
    const repairs = placeNameRepairs(text, ['离石区']);
    expect(repairs.get('岛石区')).toBe('离石区');
    expect(repairs.has('离A区')).toBe(false);
  });
  it('leaves a different name alone when it is not rare', () => {
    const text = '离石区 离石区 中阳县 中阳县 中阳县 柳林县';
    expect(placeNameRepairs(text, ['离石区', '中阳县']).size).toBe(0);
  });
});

describe('plainLine', () => {
  it('drops markdown bold around text but keeps asterisks that mask characters', () => {
    expect(plainLine('**本报讯** 今天')).toBe('本报讯 今天');
    expect(plainLine('某某县****')).toBe('某某县****');
    expect(plainLine('2021年4月21日 |')).toBe('2021年4月21日');
  });
});
