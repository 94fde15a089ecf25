/**
 * A period one stage counts from another stage's publication is dated on the project timeline once that stage is
 * linked (issue 14: relative deadlines resolved when the event's date is known); statutory periods keep their mark.
 */
import { describe, expect, it } from 'vitest';
import { projectSchema, projectStageSchema, type ProjectStage } from '../../../shared/projects/project-model.ts';
import { buildTimeline } from '../../../shared/projects/timeline.ts';
import type { Deadline, LandStage } from '../../../shared/model/document.ts';

const evidence = { names: [], batches: ['某县2024年第5批'], approvals: [], villages: [], areasSqm: [], county: '某县' };
const project = projectSchema.parse({ projectId: 'P1', name: '某县2024年第5批次建设用地', region: '某省', county: '某县', evidence, documentKeys: ['a', 'b'], createdAt: '2024-01-01', updatedAt: '2024-01-01' });

const stage = (documentKey: string, s: LandStage, date: string | null, deadlines: Deadline[]): ProjectStage =>
  projectStageSchema.parse({
    projectId: 'P1', documentKey, changeId: `c-${documentKey}`, stage: s, title: `${documentKey}号文件`, docNumber: null, issuer: null, date,
    sourceId: 's', sourceName: '某县政府网', url: 'https://example.gov.cn/x.html', issueId: 'i', rawKey: 'raw/s/i/x.html', textKey: 't', sha256: '0'.repeat(64),
    deadlines, facts: [], page: null, excerpt: '', confidence: 1, reasons: [], evidence, linkedAt: '2024-01-01',
  });

describe('timeline rules', () => {
  const plan = stage('a', 'plan', '2024-05-06', [
    { text: '自征收土地公告发布之日起15日内办理补偿登记', date: null, purpose: '登记', rule: { event: '征收土地公告发布', n: 15, unit: 'day' } },
    { text: '自本公告发布之日起30日内', date: '2024-06-05', purpose: '异议' },
  ]);

  it('stays unresolved while the stage it counts from is missing', () => {
    const t = buildTimeline(project, [plan], '2024-06-01');
    expect(t.deadlines.find((d) => d.purpose === '登记')).toMatchObject({ date: null, status: 'unresolved', resolvedFrom: null });
  });

  it('is dated from that stage once it is linked (15 days from 2024-07-01, a working day)', () => {
    const notice = stage('b', 'announcement', '2024-07-01', [
      { text: '自知道或者应当知道该行政行为之日起60日内可申请行政复议（原文未载明，依法律规定）', date: '2024-08-30', purpose: '行政复议', statutory: true, basis: '《中华人民共和国行政复议法》第二十条' },
    ]);
    const t = buildTimeline(project, [plan, notice], '2024-07-10');
    expect(t.deadlines.find((d) => d.purpose === '登记')).toMatchObject({ date: '2024-07-16', status: 'open', resolvedFrom: '征收土地公告（2024-07-01）' });
    expect(t.deadlines.find((d) => d.purpose === '行政复议')?.statutory).toBe(true);
    expect(t.deadlines.find((d) => d.purpose === '异议')).toMatchObject({ status: 'passed', statutory: false });
  });
});
