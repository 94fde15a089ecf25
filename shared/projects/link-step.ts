/**
 * One linking step, pure: a document's evidence against the projects of its region → the project it joins
 * (its head with the evidence merged) or a new project, with the confidence and the reasons.
 */
import { stableId } from '../util/hash.ts';
import { chooseProject, mergeEvidence, projectName } from './choose-project.ts';
import type { LinkEvidence, Project } from './project-model.ts';

export interface LinkStep {
  project: Project;
  isNew: boolean;
  confidence: number;
  reasons: string[];
}

export interface LinkSubject {
  documentKey: string;
  title: string;
  region: string;
  evidence: LinkEvidence;
}

/** The id of a project opened by a document: derived from it, so a replay opens the same one. */
export const projectIdFor = (documentKey: string): string => `P${stableId(`project#${documentKey}`, 15)}`;

export function linkStep(subject: LinkSubject, candidates: readonly Project[], now: string): LinkStep {
  const choice = chooseProject(subject.evidence, candidates);
  if (choice.kind === 'existing') return { project: joinProject(choice.project, subject, now), isNew: false, confidence: choice.confidence, reasons: choice.reasons };
  return { project: newProject(subject, projectIdFor(subject.documentKey), now), isNew: true, confidence: 1, reasons: choice.reasons };
}

/** A project's head with a document joined: its key listed, its evidence merged. */
export function joinProject(p: Project, subject: LinkSubject, now: string): Project {
  const documentKeys = p.documentKeys.includes(subject.documentKey) ? p.documentKeys : [...p.documentKeys, subject.documentKey];
  return { ...p, evidence: mergeEvidence(p.evidence, subject.evidence), documentKeys, updatedAt: now };
}

export function newProject(subject: LinkSubject, projectId: string, now: string): Project {
  return {
    projectId,
    name: projectName(subject.evidence, subject.title),
    region: subject.region,
    county: subject.evidence.county,
    evidence: subject.evidence,
    documentKeys: [subject.documentKey],
    createdAt: now,
    updatedAt: now,
  };
}
