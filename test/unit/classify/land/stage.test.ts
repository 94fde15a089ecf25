import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../../shared/classify/classify.ts';
import type { LandStage } from '../../../../shared/model/document.ts';
import { doc } from '../doc.ts';

const stageOf = (title: string | null, text: string): LandStage | undefined | null => {
  const result = classifyDocument({ ...doc(title ?? '', text), title }, { publishedDate: '2024-05-06' });
  return result.category === 'land' ? result.land?.stage : null;
};

describe('land stages from the forms of the notices', () => {
  it('names each stage from the title', () => {
    expect(stageOf('某县人民政府关于某项目用地征收土地的预公告', '……')).toBe('pre-announcement');
    expect(stageOf('某区人民政府关于启动某区2024年第1批次建设用地涉及集体土地征收工作的公告', '……')).toBe('pre-announcement');
    expect(stageOf('某县人民政府征地补偿安置方案公告', '……')).toBe('plan');
    expect(stageOf('关于召开某县征收集体土地青苗补偿标准听证会的公告', '……')).toBe('hearing');
    expect(stageOf('某省人民政府关于某市2023年度第五批次城市建设农用地转用和土地征收的批复', '……')).toBe('approval');
    expect(stageOf('某区人民政府土地征收公告', '……')).toBe('announcement');
    expect(stageOf('某市人民政府关于某地块棚户区改造项目国有土地上房屋征收的决定', '……')).toBe('house-expropriation');
    expect(stageOf('某市人民政府关于收回国有土地使用权的决定', '……')).toBe('take-back');
    expect(stageOf('某县人民政府关于某县2023年度第三批城市建设用地纳入国土空间规划的承诺函', '……')).toBe('batch-approval');
    expect(stageOf('某县自然资源局国有建设用地使用权挂牌出让公告', '……')).toBe('sale');
  });

  it('reads the stage from the notice\'s own act when the page shows no title', () => {
    expect(stageOf(null, '某县2024年第五批次城市建设用地已经省人民政府批复。现将省人民政府批准的《征收土地方案》内容公告如下：一、征收范围……')).toBe('announcement');
    expect(stageOf(null, '你区《关于2023年度第57批次建设用地的请示》收悉。现批复如下：一、同意你区呈报的《农用地转用方案》。')).toBe('approval');
    expect(stageOf(null, '经调查，现将某项目征地补偿安置方案公告如下：一、征收范围某镇某村。')).toBe('plan');
  });

  it('leaves planning drafts, statistics and a hearing on a plan revision outside land', () => {
    expect(stageOf('关于《某县国土空间总体规划（2021—2035年）》草案的公示', '现将草案主要内容公示如下……')).toBeNull();
    expect(stageOf('听证公告', '某县人民政府拟对土地利用总体规划进行修改，决定举行听证会。')).toBeNull();
    expect(stageOf('某市2021年国民经济和社会发展统计公报', '全年批准建设用地1200公顷。')).toBeNull();
  });
});
