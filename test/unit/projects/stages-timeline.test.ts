import { describe, expect, it } from 'vitest';
import { isProjectDocument, stageOf, titleStage } from '../../../shared/projects/infer-stage.ts';
import { projectLine, pageFragment } from '../../../shared/projects/project-line.ts';
import { expectedNextStages } from '../../../shared/projects/stages.ts';
import { findNotice, noticeFinding } from '../../../shared/projects/notice-state.ts';

describe('stages', () => {
  it('reads the stage from the title when the classifier gives none', () => {
    expect(titleStage('山西省人民政府关于青岚县2024年第3批次城镇建设用地的批复')).toBe('approval');
    expect(titleStage('关于召开某项目征地补偿安置方案听证会的公告')).toBe('hearing');
    expect(titleStage('某县自然资源局关于某批次建设用地补偿登记结果的公告')).toBe('registration');
    expect(titleStage('某县人民政府关于印发2024年工作要点的通知')).toBeNull();
    expect(stageOf({ title: '某县人民政府征收土地公告', land: { stage: 'plan', project: null, location: null, area: null, compensation: [], deadlines: [], implementer: null } })).toBe('plan');
  });

  it('keeps appointments and unrelated documents out of projects', () => {
    expect(isProjectDocument({ title: '关于某某同志任职的通知（征收办主任）', category: 'appointment', land: null })).toBe(false);
    expect(isProjectDocument({ title: '关于某批次建设用地的批复', category: 'other', land: null })).toBe(true);
  });

  it('lists the stages a requisition has still to go through', () => {
    expect(expectedNextStages(['pre-announcement'])).toEqual(['plan', 'approval', 'announcement', 'registration']);
    expect(expectedNextStages(['pre-announcement', 'plan', 'hearing', 'approval', 'announcement', 'registration'])).toEqual([]);
    expect(expectedNextStages(['house-expropriation'])).toEqual([]);
  });

  it('says in the alert which project and which stages came before', () => {
    const line = projectLine({
      projectId: 'P1',
      name: '青岚县东环路改扩建工程',
      confidence: 0.95,
      reasons: ['项目名称相同：青岚县东环路改扩建'],
      earlier: [
        { stage: 'pre-announcement', date: '2024-05-06', title: 'a' },
        { stage: 'plan', date: '2024-06-17', title: 'b' },
      ],
      page: 3,
    });
    expect(line).toBe('青岚县东环路改扩建工程｜此前：征收土地预公告（启动公告）（2024年5月6日） → 征地补偿安置方案公告（2024年6月17日）；关联依据：项目名称相同：青岚县东环路改扩建（可信度 95%）');
    expect(pageFragment({ project: { projectId: 'P1', name: 'x', confidence: 1, reasons: [], earlier: [], page: 3 } }, 'raw/s/i/a.pdf')).toBe('#page=3');
    expect(pageFragment({ project: { projectId: 'P1', name: 'x', confidence: 1, reasons: [], earlier: [], page: 3 } }, 'raw/s/i/a.html')).toBe('');
  });
});

describe('notice state after a re-check', () => {
  const notice = { title: '青岚县人民政府征收土地公告', docNumber: '青政征告〔2024〕21号', text: '一、征收范围：石门村。' };
  it('tells an edit, an unchanged notice and one taken out of its issue apart', () => {
    expect(noticeFinding(notice, [{ ...notice }])).toEqual({ status: 'unchanged' });
    expect(noticeFinding(notice, [{ ...notice, text: '一、征收范围：石门村、柳河村。' }])).toEqual({ status: 'edited', newText: '一、征收范围：石门村、柳河村。' });
    expect(noticeFinding(notice, [{ title: '别的文件', docNumber: null, text: 'x' }])).toEqual({ status: 'removed', httpStatus: 200 });
    expect(noticeFinding(notice, null)).toEqual({ status: 'edited', newText: null });
    expect(findNotice({ title: '青岚县人民政府 征收土地公告', docNumber: null }, [{ title: '青岚县人民政府征收土地公告', docNumber: null, text: '' }])).not.toBeNull();
  });
});
