/**
 * The forms by which a document says which step of a land procedure it is (data for ../land-category.ts).
 * Document language of 征收, 补偿, 用地报批 and 出让 only; tried in this order, first match wins, so the more
 * specific forms come first (a 征地补偿安置方案 names 征收土地 too; a 批复 names the 方案 it approves).
 */
import type { LandStage, Subtype } from '../../model/document.ts';

export interface StageForm {
  stage: LandStage;
  /** Words one of which the text must hold before the pattern is tried (a cheap gate on long texts). */
  needs: readonly string[];
  pattern: RegExp;
  /** Shown as evidence. */
  label: string;
}

const P = '[^。；！？]';

export const STAGE_FORMS: readonly StageForm[] = [
  // A report on how a requisition is going (征收进展情况, 征迁工作进度) recounts the stages; it is none of them.
  { stage: 'other', needs: ['进展', '进度'], label: '征收工作进展', pattern: new RegExp(`(?:征收|征地|征迁|拆迁|腾退)${P}{0,8}?(?:工作)?(?:进展|进度)(?:情况)?$`) },
  { stage: 'sale', needs: ['出让'], label: '土地使用权出让', pattern: new RegExp(`(?:土地|建设用地)使用权${P}{0,16}出让|(?:挂牌|拍卖|招标)出让${P}{0,20}(?:土地|建设用地|宗地|地块)|出让${P}{0,6}(?:宗地|地块)`) },
  { stage: 'house-expropriation', needs: ['征收', '拆迁', '腾退'], label: '房屋征收', pattern: new RegExp(`房屋征收(?:决定|补偿方案|范围|部门|与补偿)|国有土地上房屋征收|征收决定书|被征收人|(?:集体土地上)?房屋(?:征收|拆迁|腾退)${P}{0,10}(?:补偿|安置)|(?:拆迁|腾退)${P}{0,10}(?:补偿|安置)`) },
  { stage: 'take-back', needs: ['收回', '收储', '收购'], label: '收回…土地使用权', pattern: new RegExp(`收回${P}{0,60}?(?:土地|建设用地)使用权|(?:土地|建设用地)使用权${P}{0,6}(?:收回|收购)|收回${P}{0,30}?国有(?:建设用地|土地)|土地收储`) },
  { stage: 'hearing', needs: ['听证'], label: '征收补偿听证', pattern: new RegExp(`(?:征收|征地|补偿|安置|拆迁)${P}{0,40}听证(?:会)?(?:的)?(?:公告|通知|告知)|(?:征收|征地|补偿|安置|拆迁)${P}{0,60}听证会|听证会${P}{0,60}(?:征收|征地|补偿|安置|拆迁)`) },
  // A 批复 cited by its title (批准《关于…建设用地的批复》) is what a later notice rests on, not the document itself.
  { stage: 'approval', needs: ['批复', '建用字', '转用', '征收'], label: '批复', pattern: new RegExp(`(?:转用|征收|征地|建设用地|用地)${P}{0,20}的批复(?![》」])|批复如下${P}{0,80}(?:转用|征收|建设用地)|同意${P}{0,40}(?:农用地转用|土地征收|征收${P}{0,10}土地)方案|征地批复|建用字〔`) },
  { stage: 'pre-announcement', needs: ['预公告', '预通告', '征收', '征地'], label: '征收土地预公告', pattern: new RegExp(`预公告|预通告|启动${P}{0,40}(?:征收|征地)|拟征收${P}{0,60}?土地|征收土地${P}{0,4}(?:启动|预)`) },
  { stage: 'plan', needs: ['补偿安置方案'], label: '征地补偿安置方案', pattern: new RegExp(`(?:征地|征收${P}{0,20}?)补偿安置方案|补偿安置方案(?:公告|通告|公示)`) },
  { stage: 'announcement', needs: ['征收', '征地'], label: '征收土地公告', pattern: new RegExp(`(?:征收土地|土地征收|征地)(?:方案)?(?:的)?(?:公告|通告)|(?:批准|批复)${P}{0,40}《?征收土地方案》?|经${P}{0,40}批准${P}{0,20}征收`) },
  { stage: 'registration', needs: ['登记'], label: '补偿登记', pattern: new RegExp(`补偿登记|征地${P}{0,6}登记`) },
  { stage: 'batch-approval', needs: ['批次', '建设用地', '农用地转用', '国土空间', '成片开发'], label: '批次用地报批', pattern: new RegExp(`批次${P}{0,12}建设用地|建设用地${P}{0,6}(?:报批|申报)|农用地转用方案|纳入${P}{0,20}国土空间(?:总体)?规划|成片开发方案|土地征收成片开发`) },
  { stage: 'other', needs: ['征地', '征收', '区片', '补偿费', '补助费', '青苗'], label: '征收补偿', pattern: new RegExp(`征地拆迁|征收补偿|征地补偿|区片综合地价|征收${P}{0,10}(?:集体|农民集体)${P}{0,6}土地|征收${P}{0,8}房屋|土地补偿费|安置补助费|青苗(?:及|和)?${P}{0,6}补偿`) },
];

/** The document's own act in its opening: 现将…公告如下 (what precedes 公告如下 names the notice), 批复如下. */
export const OWN_ACT = /现(?:将|就|对)?([^。]{0,80}?)(?:公告|通告|公示|告知)如下|(?:现|特)?批复如下/;

/** The land subtype of a stage (subscribers filter on it); a 房屋征收 form that names 补偿/安置 is about compensation. */
export function subtypeOfStage(stage: LandStage, match = ''): Subtype {
  switch (stage) {
    case 'house-expropriation':
      return /补偿|安置/.test(match) ? 'land-compensation' : 'land-requisition';
    case 'take-back':
      return 'land-recovery';
    case 'plan':
    case 'hearing':
    case 'registration':
      return 'land-compensation';
    default:
      return 'land-requisition';
  }
}

/** Title words of documents that speak of land only in passing or as planning (规划 drafts, statistics, enforcement), unless the title names a stage. */
export const NOT_LAND_TITLE_WORDS: readonly string[] = ['总体规划', '统计公报', '调查主要数据', '没收', '违法', '领导小组', '领导组', '招租'];
