import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { landFactsSchema, type Boundaries, type Deadline } from '../../../../shared/model/document.ts';
import { parsePublication } from '../../../../shared/parse/publication.ts';
import { extractLandFacts } from '../../../../shared/classify/land/land-facts.ts';

interface ExpectedCompensation {
  amount: number;
  unit: string;
  appliesTo: string | null;
  textIncludes: string;
}

interface LabelledDocument {
  title: string;
  core: boolean;
  anchorDate: string | null;
  expected: {
    project: string | null;
    location: string | null;
    boundaries?: Boundaries;
    area: string | null;
    areaSquareMetres: number | null;
    compensation: ExpectedCompensation[];
    deadlines: Deadline[];
    implementer: string | null;
    requisitioner: string | null;
    legalBasis: string[];
  };
}

interface Label {
  seed: string;
  documents: LabelledDocument[];
}

const fixtures = new URL('../../../fixtures/', import.meta.url);
const SEEDS = ['002_f0a4a187131c9a4a', '003_c42a2dc98e3e15dd'];

describe.each(SEEDS)('land facts on seed %s', (seed) => {
  const label = JSON.parse(readFileSync(new URL(`labels/classify/land/${seed}.json`, fixtures), 'utf8')) as Label;
  const parsed = parsePublication(readFileSync(new URL(`seeds/${seed}.txt`, fixtures), 'utf8'));

  it.each(label.documents.map((d) => [d.title, d] as const))('%s', (title, labelled) => {
    const doc = parsed.documents.find((d) => d.title === title);
    expect(doc, 'document found by the parser').toBeDefined();
    if (!doc) return;
    expect(doc.date).toBe(labelled.anchorDate);
    const facts = extractLandFacts(doc, doc.date);
    expect(landFactsSchema.safeParse(facts).success).toBe(true);
    const e = labelled.expected;
    expect(facts.project).toBe(e.project);
    expect(facts.location).toBe(e.location);
    if (e.boundaries) expect(facts.boundaries).toEqual(e.boundaries);
    expect(facts.area).toBe(e.area);
    expect(facts.areaSquareMetres ?? null).toBe(e.areaSquareMetres);
    expect(facts.compensation.map((c) => ({ amount: c.amount, unit: c.unit, appliesTo: c.appliesTo }))).toEqual(
      e.compensation.map((c) => ({ amount: c.amount, unit: c.unit, appliesTo: c.appliesTo })),
    );
    e.compensation.forEach((c, i) => expect(facts.compensation[i]?.text).toContain(c.textIncludes));
    expect(facts.deadlines).toEqual(e.deadlines);
    expect(facts.implementer).toBe(e.implementer);
    expect(facts.requisitioner ?? null).toBe(e.requisitioner);
    expect(facts.legalBasis).toEqual(e.legalBasis);
  });
});
