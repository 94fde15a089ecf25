/**
 * Periods the law fixes (issue 14): 行政复议 within 60 days (《中华人民共和国行政复议法》第二十条) and 行政诉讼 within
 * 6 months (《中华人民共和国行政诉讼法》第四十六条) of knowing of the act. A notice's printed window for either is
 * marked 法定; a notice that is itself a requisition decision (征收土地公告, 房屋征收决定, 收回…决定 — acts the law
 * opens to review, 行政复议法第十一条第五项) gets the statutory windows it does not print, counted from its
 * publication, the day its addressees know of it. Any other notice lists only what it prints. Pure.
 */
import type { Deadline, LandStage } from '../../model/document.ts';
import { lastDayOfPeriod, type PeriodUnit } from './date-arithmetic.ts';

interface Remedy {
  purpose: string;
  n: number;
  unit: PeriodUnit;
  printed: string;
  act: string;
  basis: string;
}

export const REMEDIES: readonly Remedy[] = [
  { purpose: '行政复议', n: 60, unit: 'day', printed: '60日', act: '申请行政复议', basis: '《中华人民共和国行政复议法》第二十条' },
  { purpose: '行政诉讼', n: 6, unit: 'month', printed: '6个月', act: '提起行政诉讼', basis: '《中华人民共和国行政诉讼法》第四十六条' },
];

/** The opening of a document that is the decision itself (…征收决定, 决定书, 现决定…). */
const DECISION = /决定/;

/** Whether the document is an act of requisition the law opens to review. */
export function isReviewableAct(stage: LandStage | undefined, title: string, text: string): boolean {
  const head = `${title}${text.slice(0, 300)}`;
  switch (stage) {
    case 'announcement':
      return true;
    case 'house-expropriation':
    case 'take-back':
      return DECISION.test(head) && !/征求意见|草案|方案的?(?:公告|通告|公示)/.test(title);
    default:
      return false;
  }
}

const remedyOf = (d: Deadline): Remedy | undefined => REMEDIES.find((r) => d.purpose === r.purpose || (!d.purpose && d.text.includes(r.purpose)));

/** The deadlines with printed remedy windows marked statutory, and the ones a reviewable act leaves unprinted added. */
export function withStatutory(deadlines: readonly Deadline[], reviewable: boolean, anchor: string | null): Deadline[] {
  const marked = deadlines.map((d) => {
    const remedy = remedyOf(d);
    return remedy ? { ...d, purpose: remedy.purpose, statutory: true, basis: remedy.basis } : d;
  });
  if (!reviewable) return marked;
  const missing = REMEDIES.filter((r) => !marked.some((d) => d.purpose === r.purpose));
  return [
    ...marked,
    ...missing.map((r) => ({
      text: `自知道或者应当知道该行政行为之日起${r.printed}内可${r.act}（原文未载明，依法律规定）`,
      date: anchor ? lastDayOfPeriod(anchor, r.n, r.unit) : null,
      purpose: r.purpose,
      statutory: true,
      basis: r.basis,
      rule: anchor ? null : { event: '知道或者应当知道该行政行为', n: r.n, unit: r.unit },
    })),
  ];
}
