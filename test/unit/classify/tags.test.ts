import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../shared/classify/classify.ts';
import { changeRecordSchema } from '../../../shared/model/change.ts';
import { matchesSubscription } from '../../../shared/notify/match.ts';
import { loadChange, subscription } from '../notify/helpers.ts';
import { doc } from './doc.ts';

const landPriceRule = doc(
  '某市人民政府关于印发《某市征地区片综合地价管理办法》的通知',
  [
    '各县（区）人民政府，市政府各部门：',
    '现将《某市征地区片综合地价管理办法》印发给你们，请认真贯彻执行。',
    '第一条 为规范征收农民集体所有土地的补偿，根据有关法律法规，结合本市实际，制定本办法。',
    '第二条 本市征地区片综合地价按本办法附表执行，土地补偿费和安置补助费按区片综合地价计算。',
    '第十条 本办法自2024年3月1日起施行，有效期5年。',
  ].join('\n'),
  { issuer: '某市人民政府', date: '2024-02-01', docNumber: '某政规〔2024〕1号' },
);

describe('primary category and tags', () => {
  it('a regulation that sets 征地区片综合地价 is a regulation tagged land, with both kinds of facts', () => {
    const result = classifyDocument(landPriceRule, { publishedDate: null });
    expect(result.category).toBe('regulation');
    expect(result.tags).toEqual(['land']);
    expect(result.regulation?.effectiveDate).toBe('2024-03-01');
    expect(result.land).not.toBeNull();
  });

  it('a land notice is not tagged regulation for citing the law it applies', () => {
    const notice = doc('某县人民政府征收土地预公告', '根据《中华人民共和国土地管理法》第四十七条规定，现将拟征收某镇某村集体土地有关事项预公告如下：');
    const result = classifyDocument(notice, { publishedDate: '2024-05-06' });
    expect(result.category).toBe('land');
    expect(result.tags).toEqual([]);
    expect(result.land?.stage).toBe('pre-announcement');
  });

  it('a subscription to land matches a change tagged land, and not one without the tag', () => {
    const base = loadChange('regulation-shanxi-relics');
    const tagged = changeRecordSchema.parse({ ...base, tags: ['land'] });
    const lawyer = subscription({ categories: ['land'] });
    expect(matchesSubscription(tagged, lawyer)).toBe(true);
    expect(matchesSubscription(base, lawyer)).toBe(false);
  });
});
