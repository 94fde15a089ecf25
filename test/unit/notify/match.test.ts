import { describe, expect, it } from 'vitest';
import {
  explainMatch,
  matchesSubscription,
  matchingSubscriptions,
  matchSummary,
  placeCore,
} from '../../../shared/notify/match.ts';
import { loadChange, subscription } from './helpers.ts';

const taiyuanLand = loadChange('land-recovery-taiyuan');
const lishiAppointment = loadChange('appointment-lishi-remove');
const lishiLand = loadChange('land-requisition-lishi-revised');
const relics = loadChange('regulation-shanxi-relics');
const shanyin = loadChange('appointment-shanyin');

describe('status', () => {
  it('matches only active subscriptions', () => {
    for (const status of ['pending', 'unsubscribed', 'bounced', 'complained'] as const) {
      const e = explainMatch(lishiAppointment, subscription({}, { status }));
      expect(e.matched).toBe(false);
      expect(e.checks[0]).toEqual({ filter: 'status', passed: false, reason: `订阅未生效（${status}）` });
    }
    expect(matchesSubscription(lishiAppointment, subscription())).toBe(true);
  });
});

describe('kind (categories and subtypes)', () => {
  it('passes on the category or on the subtype', () => {
    expect(matchesSubscription(taiyuanLand, subscription({ categories: ['land'] }))).toBe(true);
    expect(matchesSubscription(lishiAppointment, subscription({ categories: ['land'] }))).toBe(false);
    expect(matchesSubscription(taiyuanLand, subscription({ subtypes: ['land-recovery'] }))).toBe(true);
    expect(matchesSubscription(lishiLand, subscription({ subtypes: ['land-recovery'] }))).toBe(false);
    expect(matchesSubscription(taiyuanLand, subscription({ categories: ['appointment'], subtypes: ['land-recovery'] }))).toBe(true);
    expect(explainMatch(taiyuanLand, subscription({ subtypes: ['land-recovery'] })).checks[1]?.reason).toBe('子类：收回土地使用权');
  });
});

describe('jurisdictions', () => {
  it('a province, city or county by name or code covers the documents inside it', () => {
    for (const term of ['山西', '吕梁', '吕梁市', '141100', '离石区', '141102']) {
      expect(matchesSubscription(lishiAppointment, subscription({ jurisdictions: [term] })), term).toBe(true);
    }
    expect(matchesSubscription(shanyin, subscription({ jurisdictions: ['吕梁'] }))).toBe(false);
    expect(matchesSubscription(shanyin, subscription({ jurisdictions: ['朔州', '吕梁'] }))).toBe(true);
    // A county does not cover its province's own documents.
    expect(matchesSubscription(relics, subscription({ jurisdictions: ['离石区'] }))).toBe(false);
    expect(matchesSubscription(relics, subscription({ jurisdictions: ['山西省'] }))).toBe(true);
  });

  it('explains which term covered the area', () => {
    const e = explainMatch(lishiAppointment, subscription({ jurisdictions: ['太原', '吕梁市'] }));
    expect(e.checks.find((c) => c.filter === 'jurisdictions')).toEqual({
      filter: 'jurisdictions',
      passed: true,
      reason: '地区：吕梁市(141100) 包含 离石区(141102)',
    });
  });
});

describe('issuers', () => {
  it('matches part of the issuer name, ignoring stray spaces', () => {
    expect(matchesSubscription(lishiAppointment, subscription({ issuers: ['离石区人民政府'] }))).toBe(true);
    expect(matchesSubscription(lishiAppointment, subscription({ issuers: ['离石区 人民政府'] }))).toBe(true);
    expect(matchesSubscription(lishiAppointment, subscription({ issuers: ['离石区人民政府办公室'] }))).toBe(false);
    expect(matchesSubscription(lishiLand, subscription({ issuers: ['离石区人民政府办公室'] }))).toBe(true);
  });
});

describe('keywords', () => {
  it('any: one term in title, excerpt or extracted facts', () => {
    const e = explainMatch(lishiAppointment, subscription({ keywordsAny: ['拆迁', '贺尔荣'] }));
    expect(e.matched).toBe(true);
    expect(e.checks[1]?.reason).toBe('关键词：“贺尔荣”（标题）');
    // Only in the extracted facts: the land's implementer.
    expect(explainMatch(taiyuanLand, subscription({ keywordsAny: ['规划和自然资源局'] })).checks[1]?.reason).toBe(
      '关键词：“规划和自然资源局”（土地信息）',
    );
    // Only in an appointment's position.
    expect(matchesSubscription(shanyin, subscription({ keywordsAny: ['县公安局政委'] }))).toBe(true);
    // Only in a regulation's repeals.
    expect(matchesSubscription(relics, subscription({ keywordsAny: ['暂行办法'] }))).toBe(true);
    expect(matchesSubscription(lishiAppointment, subscription({ keywordsAny: ['拆迁', '招聘'] }))).toBe(false);
  });

  it('ignores the stray spaces OCR leaves in the text and full-width forms', () => {
    // The excerpt reads "房屋征 收与补偿".
    expect(matchesSubscription(lishiLand, subscription({ keywordsAll: ['房屋征收与补偿工作'] }))).toBe(true);
    expect(matchesSubscription(taiyuanLand, subscription({ keywordsAny: ['５２１７.０８'] }))).toBe(true);
  });

  it('all: every term must occur', () => {
    expect(matchesSubscription(taiyuanLand, subscription({ keywordsAll: ['收回', '晋源区'] }))).toBe(true);
    const e = explainMatch(taiyuanLand, subscription({ keywordsAll: ['收回', '离石'] }));
    expect(e.matched).toBe(false);
    expect(e.checks[1]?.reason).toBe('缺少关键词：“离石”');
  });

  it('excluded: no term may occur', () => {
    expect(matchesSubscription(taiyuanLand, subscription({ keywordsExcluded: ['招聘'] }))).toBe(true);
    const e = explainMatch(taiyuanLand, subscription({ categories: ['land'], keywordsExcluded: ['学校'] }));
    expect(e.matched).toBe(false);
    expect(e.checks.map((c) => [c.filter, c.passed])).toEqual([
      ['status', true],
      ['kind', true],
      ['keywordsExcluded', false],
    ]);
  });
});

describe('places', () => {
  it('matches the land location, the project or the text, with or without 村/镇/街道', () => {
    expect(placeCore('王家庄村')).toBe('王家庄');
    expect(placeCore('凤山街道')).toBe('凤山');
    expect(explainMatch(lishiLand, subscription({ places: ['凤山街道'] })).checks[1]?.reason).toBe('地点：“凤山街道”（位置）');
    expect(explainMatch(lishiLand, subscription({ places: ['凤山村'] })).checks[1]?.reason).toBe('地点：“凤山村”（位置）');
    expect(explainMatch(taiyuanLand, subscription({ places: ['晋源学校'] })).checks[1]?.reason).toBe('地点：“晋源学校”（项目）');
    expect(matchesSubscription(taiyuanLand, subscription({ places: ['冶峪河'] }))).toBe(true);
    expect(matchesSubscription(taiyuanLand, subscription({ places: ['王家庄村'] }))).toBe(false);
  });
});

describe('combined filters', () => {
  it('requires every group: a land lawyer in 吕梁 watching one project', () => {
    const lawyer = subscription({ categories: ['land'], jurisdictions: ['吕梁'], places: ['滨河北西路'] });
    expect(matchingSubscriptions(lishiLand, [lawyer])).toEqual([lawyer]);
    expect(matchesSubscription(taiyuanLand, lawyer)).toBe(false);
    expect(matchesSubscription(lishiAppointment, lawyer)).toBe(false);
    const e = explainMatch(lishiLand, lawyer);
    expect(matchSummary(e)).toBe('类别：土地征收与补偿；地区：吕梁市(141100) 包含 离石区(141102)；地点：“滨河北西路”（位置）');
  });

  it('keeps the given order and drops inactive subscribers', () => {
    const a = subscription({ jurisdictions: ['山西'] }, { subscriberId: 'a' });
    const b = subscription({ jurisdictions: ['太原'] }, { subscriberId: 'b' });
    const c = subscription({}, { subscriberId: 'c', status: 'pending' });
    const d = subscription({ categories: ['appointment'] }, { subscriberId: 'd' });
    expect(matchingSubscriptions(lishiAppointment, [a, b, c, d]).map((s) => s.subscriberId)).toEqual(['a', 'd']);
  });
});
