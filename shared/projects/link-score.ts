/**
 * How strongly a document's evidence ties it to a project: each shared piece of evidence adds to the
 * confidence and is named in the reasons; a contradiction (another batch, another 批复, another project name,
 * another county) rules the link out. Pure.
 */
import { differentCounties } from './link-evidence.ts';
import type { LinkEvidence } from './project-model.ts';

export interface LinkScore {
  confidence: number;
  reasons: string[];
  /** Why the document cannot belong to the project, if it cannot. */
  conflict: string | null;
  /** Whether an identifying piece (name, batch, 批复文号) matched, not only villages and areas. */
  identified: boolean;
}

const WEIGHT = { approval: 0.6, batch: 0.6, name: 0.5, villages: 0.3, area: 0.25, county: 0.05 } as const;
/** Links below this confidence are not made: a new project is opened instead. */
export const LINK_THRESHOLD = 0.5;

const AREA_TOLERANCE = 0.005;

/** Names of one project: equal, or one contains the other and the shorter is specific (≥ 6 characters). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.includes(short);
}

const hectares = (sqm: number): string => `${(sqm / 10_000).toFixed(4).replace(/0+$/, '').replace(/\.$/, '')} 公顷`;

export function scoreLink(doc: LinkEvidence, project: LinkEvidence): LinkScore {
  const reasons: string[] = [];
  let confidence = 0;
  let identified = false;
  const conflict = (why: string): LinkScore => ({ confidence: 0, reasons: [], conflict: why, identified: false });

  if (doc.county && project.county && differentCounties(doc.county, project.county)) return conflict(`县区不同：${doc.county} / ${project.county}`);

  const batches = doc.batches.filter((b) => project.batches.includes(b));
  if (batches.length > 0) {
    confidence += WEIGHT.batch;
    identified = true;
    reasons.push(`批次相同：${batches.join('、')}`);
  } else if (doc.batches.length > 0 && project.batches.length > 0) return conflict(`批次不同：${doc.batches[0]} / ${project.batches[0]}`);

  const approvals = doc.approvals.filter((a) => project.approvals.includes(a));
  if (approvals.length > 0) {
    confidence += WEIGHT.approval;
    identified = true;
    reasons.push(`批复文号相同：${approvals.join('、')}`);
  }

  const names = doc.names.filter((n) => project.names.some((p) => sameName(n, p)));
  if (names.length > 0) {
    confidence += WEIGHT.name;
    identified = true;
    reasons.push(`项目名称相同：${names[0]}`);
  } else if (doc.names.length > 0 && project.names.length > 0 && batches.length === 0 && approvals.length === 0) {
    return conflict(`项目名称不同：${doc.names[0]} / ${project.names[0]}`);
  }

  const villages = doc.villages.filter((v) => project.villages.includes(v));
  if (villages.length > 0) {
    const share = villages.length / Math.min(doc.villages.length, project.villages.length);
    confidence += WEIGHT.villages * share;
    reasons.push(`涉及村（社区）相同：${villages.join('、')}`);
  } else if (doc.villages.length > 0 && project.villages.length > 0 && !identified) {
    return conflict(`涉及村不同：${doc.villages[0]} / ${project.villages[0]}`);
  }

  const area = doc.areasSqm.find((a) => project.areasSqm.some((p) => Math.abs(a - p) / Math.max(a, p) <= AREA_TOLERANCE));
  if (area !== undefined) {
    confidence += WEIGHT.area;
    reasons.push(`面积相同：${hectares(area)}`);
  }

  if (doc.county && doc.county === project.county && confidence > 0) {
    confidence += WEIGHT.county;
    reasons.push(`同属${doc.county}`);
  }
  return { confidence: Math.min(1, Math.round(confidence * 100) / 100), reasons, conflict: null, identified };
}

/** A link is made on an identifying match, or on villages and area together, at or above the threshold. */
export function isLink(score: LinkScore): boolean {
  if (score.conflict || score.confidence < LINK_THRESHOLD) return false;
  return score.identified || (score.reasons.some((r) => r.startsWith('面积相同')) && score.reasons.some((r) => r.startsWith('涉及村')));
}
