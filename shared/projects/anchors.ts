/**
 * The identifying pieces of a project's evidence, each of which alone links a document to it (./link-score.ts):
 * a batch (with its county, as read), a 批复文号, a project name within its county. As deterministic keys they let
 * linking claim them with a conditional write, so two documents of one new project processed at once meet in one
 * project instead of opening two. Villages and areas link only together and are not anchors. Pure.
 */
import type { LinkEvidence } from './project-model.ts';

export function anchorsOf(region: string, evidence: LinkEvidence): string[] {
  const county = evidence.county ?? '';
  return [
    ...evidence.batches.map((b) => `batch#${region}#${b}`),
    ...evidence.approvals.map((a) => `approval#${a}`),
    ...evidence.names.map((n) => `name#${region}#${county}#${n}`),
  ];
}
