/** Which project a land document belongs to, among the projects of its region, or a new one. Pure. */
import { isLink, scoreLink } from './link-score.ts';
import type { LinkEvidence, Project } from './project-model.ts';

export type ProjectChoice =
  | { kind: 'existing'; project: Project; confidence: number; reasons: string[] }
  | { kind: 'new'; reasons: string[] };

export function chooseProject(evidence: LinkEvidence, candidates: readonly Project[]): ProjectChoice {
  let best: { project: Project; confidence: number; reasons: string[] } | null = null;
  for (const project of candidates) {
    const score = scoreLink(evidence, project.evidence);
    if (!isLink(score)) continue;
    // Ties go to the older project: the one the procedure started in.
    if (!best || score.confidence > best.confidence || (score.confidence === best.confidence && project.createdAt < best.project.createdAt)) {
      best = { project, confidence: score.confidence, reasons: score.reasons };
    }
  }
  if (best) return { kind: 'existing', ...best };
  return { kind: 'new', reasons: ['首次出现的项目：未找到名称、批次、批复文号或村与面积相符的已知项目'] };
}

/** The project's evidence with a new document's added (sets kept without duplicates). */
export function mergeEvidence(a: LinkEvidence, b: LinkEvidence): LinkEvidence {
  const union = <T>(x: readonly T[], y: readonly T[]): T[] => [...new Set([...x, ...y])];
  const areas = [...a.areasSqm];
  for (const s of b.areasSqm) if (!areas.some((t) => Math.abs(t - s) / Math.max(t, s) < 0.001)) areas.push(s);
  return {
    names: union(a.names, b.names),
    batches: union(a.batches, b.batches),
    approvals: union(a.approvals, b.approvals),
    villages: union(a.villages, b.villages),
    areasSqm: areas.slice(0, 24),
    county: a.county ?? b.county,
  };
}

/** A project's display name: its first project name, else its batch, else the first document's title. */
export function projectName(evidence: LinkEvidence, title: string): string {
  const name = evidence.names[0];
  if (name) return name.endsWith('项目') || name.endsWith('工程') ? name : `${name}项目`;
  const batch = evidence.batches[0];
  if (batch) return `${batch}次建设用地`;
  return title;
}
