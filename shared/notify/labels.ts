/** Chinese labels for categories and subtypes, shared by matching explanations and mails. */
import type { Appointment, Category, Subtype } from '../model/document.ts';

/** Digest sections, land first: the lawyers who watch land notices read from the top. */
export const categoryOrder: readonly Category[] = ['land', 'appointment', 'regulation', 'other'];

export const categoryHeadings: Record<Category, string> = {
  land: '土地征收与补偿',
  appointment: '人事任免',
  regulation: '新法规',
  other: '其他',
};

/** What a mail calls each appointment action. */
export const appointmentActionLabels: Record<Appointment['action'], string> = {
  appoint: '任命',
  remove: '免去',
  elect: '当选',
  nominate: '拟任',
};

export const subtypeLabels: Record<Subtype, string> = {
  appointment: '人事任免',
  'land-requisition': '土地征收',
  'land-compensation': '征地补偿',
  'land-recovery': '收回土地使用权',
  regulation: '法规规章',
  'leading-group': '领导小组',
  plan: '规划方案',
  approval: '批复',
  letter: '函',
  notice: '通知公告',
  news: '新闻',
  report: '报告',
  other: '其他',
};

/** What an immediate alert's subject calls the document, e.g. 土地征收公告. */
export function alertLabel(category: Category, subtype: Subtype): string {
  switch (subtype) {
    case 'land-requisition':
      return '土地征收公告';
    case 'land-compensation':
      return '征地补偿公告';
    case 'land-recovery':
      return '收回土地使用权公告';
    case 'appointment':
      return '人事任免';
    case 'regulation':
      return '新法规';
    default:
      break;
  }
  switch (category) {
    case 'land':
      return '土地征收与补偿';
    case 'appointment':
      return '人事任免';
    case 'regulation':
      return '新法规';
    case 'other':
      return '新文件';
  }
}
