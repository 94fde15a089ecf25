import { describe, expect, it } from 'vitest';
import { listedRepeals } from '../../../shared/classify/repeal-lists.ts';
import { compactRun } from '../../../shared/classify/text.ts';

describe('listedRepeals: what a 废止/失效 decision lists', () => {
  it('reads a numbered list after 决定废止以下规章：', () => {
    const text = '经过清理，省政府决定废止以下规章：\n一、某省信访规定（省政府令第114号）。\n二、某省安全生产监督管理规定（省政府令第141号）。\n本决定自公布之日起施行。';
    expect(listedRepeals(compactRun(text))).toEqual(['某省信访规定（省政府令第114号）', '某省安全生产监督管理规定（省政府令第141号）']);
  });

  it('reads the counted form 《A》等N件规范性文件失效', () => {
    const text = '二、《某县人民政府办公室关于印发〈某县事项清单〉的通知》等4件规范性文件失效。';
    expect(listedRepeals(compactRun(text))).toEqual(['《某县人民政府办公室关于印发〈某县事项清单〉的通知》等4件规范性文件（失效）']);
  });

  it('returns null when nothing is listed', () => {
    expect(listedRepeals(compactRun('本办法自2024年1月1日起施行，原《某办法》同时废止。'))).toBeNull();
  });
});
