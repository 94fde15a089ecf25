import { describe, expect, it } from 'vitest';
import { readingView } from '../../../../shared/classify/reading/view.ts';

describe('readingView: traditional pages read as simplified, phrases given back as printed', () => {
  it('converts a traditional page and maps a phrase back to its printed characters', () => {
    const printed = '會議決定任命張某同志為某縣人民政府副縣長。會議還通過了關於接受李某辭去某縣人民政府縣長職務的請求。';
    const view = readingView(printed);
    expect(view.converted).toBe(true);
    expect(view.text).toContain('会议决定任命张某同志为某县人民政府副县长');
    expect(view.printed('某县人民政府副县长')).toBe('某縣人民政府副縣長');
  });

  it('drops pinyin debris left after converted words and keeps it in the printed phrase', () => {
    const printed = '根據(jù)有關法規(guī)，關於對某縣(xiàn)某鎮(zhèn)某村集體土地的徵收，會議決定如下。';
    const view = readingView(printed);
    expect(view.text).toContain('法规');
    expect(view.text).not.toContain('(guī)');
    expect(view.printed('某县某镇某村')).toBe('某縣(xiàn)某鎮(zhèn)某村');
  });

  it('leaves simplified text untouched', () => {
    const view = readingView('会议决定任命张某为某县人民政府副县长。');
    expect(view.converted).toBe(false);
    expect(view.printed('副县长')).toBe('副县长');
  });
});
