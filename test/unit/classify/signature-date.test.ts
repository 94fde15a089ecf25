import { describe, expect, it } from 'vitest';
import { printedDocumentDate, signatureDate } from '../../../shared/classify/signature-date.ts';

describe('the document\'s own date when its metadata gives none', () => {
  it('reads the 落款 date on its own line or after the issuer at a line\'s end', () => {
    expect(signatureDate('特此公告。\n某县人民政府\n2024年10月12日\n来源：某县人民政府网站')).toBe('2024-10-12');
    expect(signatureDate('……附图：拟征收土地位置示意图某县人民政府2023年12月12日。')).toBe('2023-12-12');
    expect(signatureDate('自2024年1月1日起施行\n（此件公开发布）')).toBeNull();
  });

  it('falls back on the page\'s metadata table', () => {
    expect(printedDocumentDate('索引号: | X-2020-1 |\n发文日期: | 2020年09月28日 |\n各区县人民政府：……')).toBe('2020-09-28');
    expect(printedDocumentDate('- 发文日期:2023-12-12\n某县人民政府关于……')).toBe('2023-12-12');
  });
});
