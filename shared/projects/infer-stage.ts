/**
 * The stage of a land document: the classifier's where it says one, else read from the title (批复, 预公告,
 * 听证, 补偿登记 …). Also decides whether a document belongs in a land project at all, so a 批复 or a
 * 补偿登记结果公告 the classifier filed under "other" still joins its project. Pure.
 */
import type { LandStage, ParsedDocument } from '../model/document.ts';

const TITLE_RULES: readonly [RegExp, LandStage][] = [
  [/房屋征收|国有土地上房屋|房屋拆迁|评估机构选定|征收补偿方案.*棚户区|棚户区.*(?:征收|评估|补偿)/, 'house-expropriation'],
  [/收回.{0,40}土地使用权/, 'take-back'],
  [/(?:挂牌|拍卖|招标)?出让(?:公告|公示)|使用权.{0,4}出让/, 'sale'],
  [/听证/, 'hearing'],
  [/预公告|预通告|启动.{0,30}征收|拟征收土地的公告/, 'pre-announcement'],
  [/补偿登记/, 'registration'],
  [/补偿安置方案|征地补偿方案/, 'plan'],
  [/批复|审批意见|批准.{0,6}(?:征收|用地)/, 'approval'],
  [/成片开发方案|批次.{0,20}(?:报批|承诺|说明)/, 'batch-approval'],
  [/(?:征收土地|土地征收|征地)(?:的)?公告|关于征收土地的公告/, 'announcement'],
];

/** Only titles about land or houses taken for a project qualify (not a land-price regulation or a plan of work). */
const LAND_TITLE = /征收|征地|用地|土地使用权|出让|棚户区/;

export function titleStage(title: string): LandStage | null {
  const t = title.replace(/\s+/g, '');
  if (!LAND_TITLE.test(t)) return null;
  for (const [pattern, stage] of TITLE_RULES) if (pattern.test(t)) return stage;
  return null;
}

export function stageOf(doc: Pick<ParsedDocument, 'title' | 'land'>): LandStage {
  const stated = doc.land?.stage;
  if (stated && stated !== 'other') return stated;
  return titleStage(doc.title ?? '') ?? 'other';
}

/** Whether a document goes into a land project: classified as land (or tagged so), or titled as a stage of one. */
export function isProjectDocument(doc: Pick<ParsedDocument, 'title' | 'category' | 'tags' | 'land'>): boolean {
  if (doc.category === 'appointment') return false;
  return doc.category === 'land' || (doc.tags ?? []).includes('land') || titleStage(doc.title ?? '') !== null;
}
