/** The invented project fixtures (test/fixtures/projects/timeline.json) read through the real analysis. */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { jurisdictionSchema } from '../../../shared/model/source.ts';
import type { ParsedDocument } from '../../../shared/model/document.ts';
import { analysePublication } from '../../../shared/pipeline/analyse.ts';

const fixtureSchema = z.object({
  sources: z.array(z.object({ id: z.string(), name: z.string(), jurisdiction: jurisdictionSchema })),
  issues: z.array(
    z.object({
      sourceId: z.string(),
      issueId: z.string(),
      published: z.string(),
      documents: z.array(z.object({ id: z.string(), expect: z.string(), text: z.string() })),
    }),
  ),
});

export interface FixtureDoc {
  id: string;
  expect: string;
  sourceId: string;
  sourceName: string;
  issueId: string;
  published: string;
  placeHint: string;
  region: string;
  doc: ParsedDocument;
  lines: string[];
}

export const projectFixtures = fixtureSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/projects/timeline.json', import.meta.url), 'utf8')));

export function fixtureDocs(): FixtureDoc[] {
  return projectFixtures.issues.flatMap((issue) => {
    const source = projectFixtures.sources.find((s) => s.id === issue.sourceId);
    if (!source) throw new Error(`unknown source ${issue.sourceId}`);
    const j = source.jurisdiction;
    return issue.documents.map((d) => {
      const publication = analysePublication(d.text, { placeNames: [j.county, j.city, j.province].filter((p): p is string => !!p), publishedDate: issue.published });
      if (publication.documents.length !== 1) throw new Error(`${d.id}: ${publication.documents.length} documents`);
      return {
        id: d.id,
        expect: d.expect,
        sourceId: source.id,
        sourceName: source.name,
        issueId: issue.issueId,
        published: issue.published,
        placeHint: j.county ?? j.city ?? j.province,
        region: j.province,
        doc: publication.documents[0]!,
        lines: publication.lines,
      };
    });
  });
}
