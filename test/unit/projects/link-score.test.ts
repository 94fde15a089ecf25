import { describe, expect, it } from 'vitest';
import { chineseNumber, countyOf, extractLinkEvidence, normaliseProjectName } from '../../../shared/projects/link-evidence.ts';
import { isLink, scoreLink } from '../../../shared/projects/link-score.ts';
import type { LinkEvidence } from '../../../shared/projects/project-model.ts';

const ev = (over: Partial<LinkEvidence>): LinkEvidence => ({ names: [], batches: [], approvals: [], villages: [], areasSqm: [], county: '青岚县', ...over });

describe('link evidence', () => {
  it('reads the batch with its place, the 批复文号 in its sentence, villages and areas', () => {
    const e = extractLinkEvidence({
      title: '关于征收土地的公告',
      text: '经省人民政府晋政地字〔2024〕118号文件批准，征收眉山市东坡区2024年度第十二批次建设用地，涉及复兴镇红五星村、白马村，面积合计1.5公顷。补偿标准按照《关于公布征地区片综合地价的通知》（川府发〔2023〕9号）执行。',
      docNumber: '东府征告〔2024〕3号',
      issuer: '眉山市东坡区人民政府',
      land: null,
      placeHint: null,
      stage: 'announcement',
    });
    expect(e.county).toBe('东坡区');
    expect(e.batches).toEqual(['东坡区2024年第12批']);
    expect(e.approvals).toEqual(['晋政地字〔2024〕118号']);
    expect(e.approvals).not.toContain('川府发〔2023〕9号');
    expect(e.villages).toEqual(['红五星村', '白马村']);
    expect(e.areasSqm).toEqual([15000]);
  });

  it('counts the approval’s own number as the 批复文号, and another document’s own number not', () => {
    const base = { title: '关于某县2024年第1批次建设用地的批复', text: '同意征收。', docNumber: '晋政地字〔2024〕7号', issuer: '山西省人民政府', land: null, placeHint: '某县' };
    expect(extractLinkEvidence({ ...base, stage: 'approval' }).approvals).toEqual(['晋政地字〔2024〕7号']);
    expect(extractLinkEvidence({ ...base, stage: 'announcement' }).approvals).toEqual([]);
  });

  it('reads counties, Chinese numerals and project names', () => {
    expect(countyOf('杭州市萧山区人民政府')).toBe('萧山区');
    expect(countyOf('鼓楼区房屋征收服务中心')).toBe('鼓楼区');
    expect(countyOf('神木市人民政府')).toBe('神木市');
    expect(countyOf('山西省人民政府')).toBeNull();
    expect(chineseNumber('二十一')).toBe(21);
    expect(chineseNumber('十')).toBe(10);
    expect(normaliseProjectName('关于青岚县东环路改扩建工程建设项目')).toBe('青岚县东环路改扩建');
  });
});

describe('link score', () => {
  it('links on a shared batch or 批复文号 or name, naming the evidence', () => {
    const s = scoreLink(ev({ batches: ['青岚县2024年第3批'], villages: ['石门村'] }), ev({ batches: ['青岚县2024年第3批'], villages: ['石门村', '柳河村'] }));
    expect(isLink(s)).toBe(true);
    expect(s.reasons).toEqual(['批次相同：青岚县2024年第3批', '涉及村（社区）相同：石门村', '同属青岚县']);
    expect(s.confidence).toBe(0.95);
  });

  it('never links another batch, another county or another project name, whatever else they share', () => {
    const shared = { villages: ['石门村'], areasSqm: [56000] };
    expect(isLink(scoreLink(ev({ ...shared, batches: ['青岚县2024年第4批'] }), ev({ ...shared, batches: ['青岚县2024年第3批'] })))).toBe(false);
    expect(scoreLink(ev({ names: ['东环路改扩建'] }), ev({ names: ['东环路改扩建'], county: '云台县' })).conflict).toMatch(/县区不同/);
    expect(isLink(scoreLink(ev({ ...shared, names: ['青岚县东环路改扩建'] }), ev({ ...shared, names: ['青岚县西山水库'] })))).toBe(false);
  });

  it('does not link on a village alone, but on a village and the same area', () => {
    expect(isLink(scoreLink(ev({ villages: ['柳河村'] }), ev({ villages: ['柳河村'] })))).toBe(false);
    const both = scoreLink(ev({ villages: ['柳河村'], areasSqm: [32100] }), ev({ villages: ['柳河村'], areasSqm: [32110] }));
    expect(isLink(both)).toBe(true);
    expect(both.reasons).toContain('面积相同：3.21 公顷');
  });

  it('does not let a city-level place contradict a district of it', () => {
    expect(scoreLink(ev({ names: ['老城北片区棚户区改造'], county: '云川市' }), ev({ names: ['老城北片区棚户区改造'], county: '鼓楼区' })).conflict).toBeNull();
  });
});
