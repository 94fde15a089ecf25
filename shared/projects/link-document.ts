/**
 * Links one land document into its project and records the stage: replay-safe (the document's project is
 * claimed with a condition, the head is updated with an optimistic lock, the stage has a deterministic key) and
 * race-safe for new projects (a new project's anchors — batch, 批复文号, name — are claimed with a condition)
 * and returning what the mail shows — the project and the stages that came before.
 */
import type { Deadline, LandStage } from '../model/document.ts';
import { extractLinkEvidence, type EvidenceInput } from './link-evidence.ts';
import { anchorsOf } from './anchors.ts';
import { joinProject, linkStep, newProject, type LinkSubject } from './link-step.ts';
import { isLink, scoreLink } from './link-score.ts';
import type { LocatedFact, ProjectRef, ProjectStage } from './project-model.ts';
import type { ProjectRepository } from './ports.ts';
import { stageRank } from './stages.ts';

export interface LandDocumentInput extends Omit<EvidenceInput, 'stage'> {
  stage: LandStage;
  documentKey: string;
  changeId: string;
  date: string | null;
  region: string;
  deadlines: Deadline[];
  facts: LocatedFact[];
  page: number | null;
  excerpt: string;
  where: { sourceId: string; sourceName: string; url: string; issueId: string; rawKey: string; textKey: string; sha256: string };
}

export interface LinkDeps {
  projects: ProjectRepository;
  now: () => Date;
}

const MAX_ATTEMPTS = 5;

export class ProjectConflictError extends Error {
  override name = 'ProjectConflictError';
}

export async function linkLandDocument(input: LandDocumentInput, deps: LinkDeps): Promise<ProjectRef> {
  const now = deps.now().toISOString();
  const evidence = extractLinkEvidence(input);
  const subject = { documentKey: input.documentKey, title: input.title, region: input.region, evidence };

  const existing = await findStage(input.documentKey, deps.projects);
  let linked: { projectId: string; confidence: number; reasons: string[] } | null = null;
  for (let attempt = 0; !linked; attempt++) {
    if (attempt >= MAX_ATTEMPTS) throw new ProjectConflictError(`项目更新冲突 project head kept moving: ${input.documentKey}`);
    const claimed = await deps.projects.projectOfDocument(input.documentKey);
    if (claimed) {
      // Linked before (a replay, or a revision of the document): it stays in its project.
      const stored = await deps.projects.get(claimed);
      if (!stored) {
        await deps.projects.create(newProject(subject, claimed, now)); // a crash between claim and create
        continue;
      }
      const joined = stored.project.documentKeys.includes(input.documentKey) || (await deps.projects.update(joinProject(stored.project, subject, now), stored.revision));
      if (!joined) continue;
      const score = scoreLink(evidence, stored.project.evidence);
      linked = { projectId: claimed, confidence: existing?.confidence ?? (stored.project.documentKeys[0] === input.documentKey ? 1 : score.confidence), reasons: existing?.reasons ?? score.reasons };
      continue;
    }
    const step = linkStep(subject, await deps.projects.listRegion(input.region), now);
    // A new project claims its anchors first: a project another worker is opening for the same batch, 批复 or name
    // right now (not yet listed) owns them, and this document joins it.
    const opened = step.isNew ? await projectOpenedMeanwhile(subject, step.project.projectId, deps.projects) : null;
    const target = opened ?? step.project.projectId;
    const owner = await deps.projects.claimDocument(input.documentKey, target);
    if (owner !== target) continue; // another run linked it meanwhile: go with that
    if (opened) {
      const current = await deps.projects.get(opened);
      // Its head may not be written yet: write it from this document (the other worker then joins it).
      const joined = current ? await deps.projects.update(joinProject(current.project, subject, now), current.revision) : await deps.projects.create(newProject(subject, opened, now));
      if (!joined) continue;
      const score = current ? scoreLink(evidence, current.project.evidence) : null;
      linked = { projectId: opened, confidence: score?.confidence ?? 1, reasons: score?.reasons ?? ['同时处理的同一新项目文件：批次、批复文号或项目名称相同'] };
      continue;
    }
    if (step.isNew) {
      if (!(await deps.projects.create(step.project))) continue;
    } else {
      const current = await deps.projects.get(owner);
      if (!current || !(await deps.projects.update(joinProject(current.project, subject, now), current.revision))) continue;
    }
    linked = { projectId: owner, confidence: step.confidence, reasons: step.reasons };
  }
  const { projectId } = linked;

  const stage: ProjectStage = {
    projectId,
    documentKey: input.documentKey,
    changeId: input.changeId,
    stage: input.stage,
    title: input.title,
    docNumber: input.docNumber,
    issuer: input.issuer,
    date: input.date,
    ...input.where,
    deadlines: input.deadlines,
    facts: input.facts,
    page: input.page,
    excerpt: input.excerpt,
    // A replay keeps the confidence and reasons of the first link.
    confidence: existing?.confidence ?? linked.confidence,
    reasons: existing?.reasons ?? linked.reasons,
    evidence,
    linkedAt: existing?.linkedAt ?? now,
  };
  await deps.projects.putStage(stage);
  const head = await deps.projects.get(projectId);
  const earlier = (await deps.projects.listStages(projectId))
    .filter((s) => s.documentKey !== input.documentKey)
    .sort(byProcedure)
    .map((s) => ({ stage: s.stage, date: s.date, title: s.title }));
  return { projectId, name: head?.project.name ?? input.title, confidence: stage.confidence, reasons: stage.reasons, earlier, page: input.page };
}

/**
 * The project another worker opened for this document's batch, 批复 or name since the region was listed, or null.
 * Each anchor is claimed for `projectId`; one owned by another project counts when that project is still being
 * written or its evidence links (a project of another batch sharing a name does not).
 */
async function projectOpenedMeanwhile(subject: LinkSubject, projectId: string, projects: ProjectRepository): Promise<string | null> {
  for (const anchor of anchorsOf(subject.region, subject.evidence)) {
    const owner = await projects.claimAnchor(anchor, projectId);
    if (owner === projectId) continue;
    const other = await projects.get(owner);
    if (!other || isLink(scoreLink(subject.evidence, other.project.evidence))) return owner;
  }
  return null;
}

async function findStage(documentKey: string, projects: ProjectRepository): Promise<ProjectStage | null> {
  const projectId = await projects.projectOfDocument(documentKey);
  return projectId ? projects.getStage(projectId, documentKey) : null;
}

/** Stages in procedure order; the same stage by date. */
export function byProcedure(a: Pick<ProjectStage, 'stage' | 'date'>, b: Pick<ProjectStage, 'stage' | 'date'>): number {
  return stageRank(a.stage) - stageRank(b.stage) || (a.date ?? '').localeCompare(b.date ?? '');
}
