/**
 * Timeline target (issue 14): four invented projects (A–D, 2–5 stages each, over nine issues of two sources)
 * read through the real analysis and linked one document at a time, in publication order: every stage must
 * land in the project it belongs to, and no two projects may share a document.
 */
import { describe, expect, it } from 'vitest';
import { extractLinkEvidence } from '../../../shared/projects/link-evidence.ts';
import { linkStep } from '../../../shared/projects/link-step.ts';
import { isProjectDocument, stageOf } from '../../../shared/projects/infer-stage.ts';
import type { Project } from '../../../shared/projects/project-model.ts';
import { fixtureDocs } from './fixture-docs.ts';
import { displayTitle } from '../../../shared/model/display-title.ts';

const docs = fixtureDocs();

function linkAll() {
  const projects = new Map<string, Project>();
  const placed: { id: string; expect: string; projectId: string; confidence: number; reasons: string[] }[] = [];
  for (const f of docs) {
    const evidence = extractLinkEvidence({ ...f.doc, title: displayTitle(f.doc), stage: stageOf(f.doc), placeHint: f.placeHint });
    const step = linkStep({ documentKey: f.id, title: displayTitle(f.doc), region: f.region, evidence }, [...projects.values()], `${f.published}T00:00:00Z`);
    projects.set(step.project.projectId, step.project);
    placed.push({ id: f.id, expect: f.expect, projectId: step.project.projectId, confidence: step.confidence, reasons: step.reasons });
  }
  return { projects, placed };
}

describe('project fixtures', () => {
  it('are at least 3 projects of at least 3 stages, over several issues and two sources', () => {
    const perProject = new Map<string, number>();
    for (const f of docs) perProject.set(f.expect, (perProject.get(f.expect) ?? 0) + 1);
    expect([...perProject.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
    expect(new Set(docs.map((d) => d.sourceId)).size).toBe(2);
    expect(new Set(docs.map((d) => d.issueId)).size).toBeGreaterThanOrEqual(6);
  });

  it('are all documents of a land project, each with its stage', () => {
    for (const f of docs) expect(isProjectDocument(f.doc), f.id).toBe(true);
    const stages = Object.fromEntries(docs.map((f) => [f.id, stageOf(f.doc)]));
    expect(stages).toMatchObject({
      A1: 'pre-announcement',
      A2: 'plan',
      A3: 'approval',
      A4: 'announcement',
      A5: 'registration',
      B1: 'pre-announcement',
      B2: 'plan',
      B3: 'hearing',
      B4: 'announcement',
      C2: 'house-expropriation',
    });
  });

  it('links every stage to its own project and makes no false link', () => {
    const { placed } = linkAll();
    const byExpected = new Map<string, Set<string>>();
    const byProject = new Map<string, Set<string>>();
    for (const p of placed) {
      byExpected.set(p.expect, (byExpected.get(p.expect) ?? new Set()).add(p.projectId));
      byProject.set(p.projectId, (byProject.get(p.projectId) ?? new Set()).add(p.expect));
    }
    // One project per expected label (every stage linked) and one label per project (no false link).
    for (const [label, ids] of byExpected) expect([...ids], `project ${label}`).toHaveLength(1);
    for (const [id, labels] of byProject) expect([...labels], `project ${id}`).toHaveLength(1);
    expect(byProject.size).toBe(4);
  });

  it('gives every link a confidence and the evidence it rests on', () => {
    const { placed } = linkAll();
    const a4 = placed.find((p) => p.id === 'A4')!;
    expect(a4.reasons.join('；')).toContain('批次相同：青岚县2024年第3批');
    const a5 = placed.find((p) => p.id === 'A5')!;
    expect(a5.reasons.join('；')).toContain('批复文号相同：晋政地字〔2024〕118号');
    const b3 = placed.find((p) => p.id === 'B3')!;
    expect(b3.reasons.join('；')).toContain('项目名称相同');
    for (const p of placed.filter((x) => !['A1', 'B1', 'C1', 'D1'].includes(x.id))) {
      expect(p.confidence, p.id).toBeGreaterThanOrEqual(0.5);
      expect(p.reasons.length, p.id).toBeGreaterThan(0);
    }
  });

  it('keeps a project apart that shares a village and the batch year (D) or a village (B) with another', () => {
    const { placed } = linkAll();
    const project = (id: string) => placed.find((p) => p.id === id)!.projectId;
    expect(project('D1')).not.toBe(project('A1'));
    expect(project('D2')).not.toBe(project('A2'));
    expect(project('B1')).not.toBe(project('A1'));
  });
});
