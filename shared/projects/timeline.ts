/**
 * A project's timeline as people read it: its stages in procedure order with their dates, the deadlines still
 * running, and what is still open (stages the procedure has not reached yet). A period one document counts from
 * another stage's publication (自征收土地公告发布之日起…) is dated once that stage is in the project. Pure.
 */
import { lastDayOfPeriod } from '../classify/land/date-arithmetic.ts';
import type { Deadline, LandStage } from '../model/document.ts';
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
  /** A period the law fixes (法定). */
  statutory: boolean;
  /** The stage whose date resolved a rule counted from it (自征收土地公告发布之日起…), when another stage gave it. */
  resolvedFrom: string | null;
}

/** A rule's start event naming another stage of the procedure: its publication starts the period. */
const EVENT_STAGES: ReadonlyArray<{ words: RegExp; stage: LandStage }> = [
  { words: /预公告|预通告/, stage: 'pre-announcement' },
  { words: /补偿安置方案/, stage: 'plan' },
  { words: /征收土地公告|征地公告|土地征收公告/, stage: 'announcement' },
  { words: /房屋征收决定/, stage: 'house-expropriation' },
];

/** The date a rule resolves to once the stage it counts from is in the project with its date. */
function resolveFromStages(rule: NonNullable<Deadline['rule']>, own: LandStage, stages: readonly ProjectStage[]): { date: string; from: string } | null {
  const named = EVENT_STAGES.find((e) => e.words.test(rule.event));
  if (!named || named.stage === own) return null;
  const from = stages.find((s) => s.stage === named.stage && s.date !== null);
  const date = from?.date ? lastDayOfPeriod(from.date, rule.n, rule.unit) : null;
  return from && date ? { date, from: `${stageLabels[from.stage]}（${from.date}）` } : null;
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
    s.deadlines.map((d) => {
      const resolved = d.date === null && d.rule ? resolveFromStages(d.rule, s.stage, ordered) : null;
      const date = d.date ?? resolved?.date ?? null;
      return {
        text: d.text,
        date,
        purpose: d.purpose ?? null,
        status: date === null ? ('unresolved' as const) : date >= today ? ('open' as const) : ('passed' as const),
        documentTitle: s.title,
        statutory: d.statutory ?? false,
        resolvedFrom: resolved?.from ?? null,
      };
    }),
  );
  deadlines.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const openStages = expectedNextStages(ordered.map((s) => s.stage)).map((stage) => ({ stage, label: stageLabels[stage] }));
  return { project, stages: ordered, deadlines, openStages, latest: ordered.at(-1) ?? null };
}
