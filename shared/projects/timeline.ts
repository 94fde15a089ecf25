/**
 * A project's timeline as people read it: its stages in procedure order with their dates, the deadlines still
 * running, and what is still open (stages the procedure has not reached yet). Pure.
 */
import type { LandStage } from '../model/document.ts';
import { byProcedure } from './link-document.ts';
import type { Project, ProjectStage } from './project-model.ts';
import { expectedNextStages, stageLabels } from './stages.ts';

export interface TimelineDeadline {
  text: string;
  date: string | null;
  purpose: string | null;
  /** open: the date is today or later; passed: before today; unresolved: no date could be computed. */
  status: 'open' | 'passed' | 'unresolved';
  documentTitle: string;
}

export interface Timeline {
  project: Project;
  stages: (ProjectStage & { label: string })[];
  deadlines: TimelineDeadline[];
  /** Stages not seen yet that the procedure normally goes through next. */
  openStages: { stage: LandStage; label: string }[];
  /** The latest stage reached. */
  latest: (ProjectStage & { label: string }) | null;
}

export function buildTimeline(project: Project, stages: readonly ProjectStage[], today: string): Timeline {
  const ordered = [...stages].sort(byProcedure).map((s) => ({ ...s, label: stageLabels[s.stage] }));
  const deadlines: TimelineDeadline[] = ordered.flatMap((s) =>
    s.deadlines.map((d) => ({
      text: d.text,
      date: d.date,
      purpose: d.purpose ?? null,
      status: d.date === null ? ('unresolved' as const) : d.date >= today ? ('open' as const) : ('passed' as const),
      documentTitle: s.title,
    })),
  );
  deadlines.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const openStages = expectedNextStages(ordered.map((s) => s.stage)).map((stage) => ({ stage, label: stageLabels[stage] }));
  return { project, stages: ordered, deadlines, openStages, latest: ordered.at(-1) ?? null };
}
