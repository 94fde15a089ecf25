/** The stages of a land procedure in the order the law runs them, with their Chinese names. */
import type { LandStage } from '../model/document.ts';

/** Procedure order: 预公告 → 补偿安置方案 → 听证 → 批复 → 征收土地公告 → 补偿登记 → 房屋征收决定; the rest after. */
export const stageOrder: readonly LandStage[] = [
  'pre-announcement',
  'plan',
  'hearing',
  'batch-approval',
  'approval',
  'announcement',
  'registration',
  'house-expropriation',
  'take-back',
  'sale',
  'other',
];

export const stageLabels: Record<LandStage, string> = {
  'pre-announcement': '征收土地预公告（启动公告）',
  plan: '征地补偿安置方案公告',
  hearing: '听证',
  'batch-approval': '批次用地报批',
  approval: '征收批复',
  announcement: '征收土地公告',
  registration: '补偿登记',
  'house-expropriation': '房屋征收决定',
  'take-back': '收回国有土地使用权',
  sale: '土地出让',
  other: '其他相关文件',
};

/** The stages of a collective-land requisition a project is expected to go through (听证 only when requested). */
const requisitionPath: readonly LandStage[] = ['pre-announcement', 'plan', 'approval', 'announcement', 'registration'];

export const stageRank = (stage: LandStage): number => stageOrder.indexOf(stage);

/**
 * The stages not yet seen that normally follow what a project has: after a 预公告, the 方案, 批复, 公告 and 登记.
 * Only for requisition projects (a 房屋征收 or 收回 has no such path here).
 */
export function expectedNextStages(seen: readonly LandStage[]): LandStage[] {
  const onPath = seen.filter((s) => requisitionPath.includes(s));
  if (onPath.length === 0) return [];
  const furthest = Math.max(...onPath.map((s) => requisitionPath.indexOf(s)));
  return requisitionPath.slice(furthest + 1).filter((s) => !seen.includes(s));
}
