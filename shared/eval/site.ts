/**
 * The sample site's files (the PDFs and pages the pipeline really reads, made from the seeds) against the
 * seeds' hand-read labels: is every labelled document found, and is its title exact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { ParsedDocument } from '../model/document.ts';
import { analyseExtracted } from '../pipeline/analyse-extracted.ts';
import { bigramDice, comparable, docNumberKey } from './comparable.ts';
import { projectRoot } from './corpus.ts';
import { extractForEval } from './extract-for-eval.ts';
import type { Failure, Metric, MetricResult } from './types.ts';
import { ratio } from './types.ts';

const manifestSchema = z.object({
  sources: z.array(
    z.object({
      id: z.string(),
      jurisdiction: z.object({ province: z.string(), city: z.string().nullable().optional(), county: z.string().nullable().optional() }),
      entries: z.array(z.object({ file: z.string(), seed: z.string().nullable(), published: z.string(), contentType: z.string(), charset: z.string().nullable() })),
    }),
  ),
});

const seedLabelSchema = z.object({
  documents: z.array(z.object({ title: z.string().nullable(), startLine: z.number().int().optional(), docNumber: z.string().nullable().optional(), duplicateOf: z.number().nullable().optional() })),
});

export const siteDir = join(projectRoot, 'test', 'fixtures', 'site');
const labelDir = join(projectRoot, 'test', 'fixtures', 'labels', 'parse');

export interface SiteReading {
  seed: string;
  files: number;
  documents: ParsedDocument[];
  errors: string[];
}

/** Reads every file the sample site publishes for each seed, as the fetch → process path would. */
export async function readSite(): Promise<SiteReading[]> {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(siteDir, 'manifest.json'), 'utf8')));
  const bySeed = new Map<string, SiteReading>();
  for (const source of manifest.sources) {
    const placeNames = [source.jurisdiction.county, source.jurisdiction.city, source.jurisdiction.province].filter((p): p is string => !!p);
    // Files made for the OCR path carry no seed and no labels: the OCR bench scores them.
    for (const entry of source.entries) {
      if (!entry.seed) continue;
      const reading = bySeed.get(entry.seed) ?? { seed: entry.seed, files: 0, documents: [], errors: [] };
      bySeed.set(entry.seed, reading);
      reading.files++;
      try {
        const contentType = entry.charset ? `${entry.contentType}; charset=${entry.charset}` : entry.contentType;
        const extracted = await extractForEval(new Uint8Array(readFileSync(join(siteDir, entry.file))), { contentType, fileName: entry.file });
        const publication = analyseExtracted(extracted, { placeNames, publishedAt: entry.published });
        reading.documents.push(...publication.documents.filter((d) => d.duplicateOf === null));
      } catch (err) {
        reading.errors.push(`${entry.file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return [...bySeed.values()];
}

const seedDir = join(projectRoot, 'test', 'fixtures', 'seeds');
const seedLines = (seed: string): string[] => readFileSync(join(seedDir, seed), 'utf8').split('\n');
/** How many characters of an opening identify a document, and how far into a document's text it is looked for. */
const OPENING_CHARS = 12;
const OPENING_SEARCH = 400;

/** The first words of the seed from a 1-based line on (blank lines skipped), as compared. */
function openingAt(lines: readonly string[], startLine: number): string | null {
  const text = comparable(lines.slice(startLine - 1, startLine + 4).join('')) ?? '';
  return text.length >= OPENING_CHARS ? text.slice(0, OPENING_CHARS) : null;
}

export function scoreSite(readings: SiteReading[]): MetricResult {
  const failures: Failure[] = [];
  let labelled = 0;
  let found = 0;
  let exact = 0;
  for (const r of readings) {
    const label = seedLabelSchema.parse(JSON.parse(readFileSync(join(labelDir, r.seed.replace(/\.txt$/, '.json')), 'utf8')));
    for (const want of label.documents.filter((d) => (d.duplicateOf ?? null) === null)) {
      labelled++;
      const byNumber = want.docNumber ? r.documents.find((d) => docNumberKey(d.docNumber) === docNumberKey(want.docNumber)) : undefined;
      // A labelled document without a printed title is found by its opening words: a PDF's lines are not the
      // seed's (the reader joins wrapped lines into paragraphs), so its start line is not where the seed's is.
      const opening = want.title === null && want.startLine !== undefined ? openingAt(seedLines(r.seed), want.startLine) : null;
      const byStart = opening ? r.documents.find((d) => d.title === null && (comparable(d.text.slice(0, OPENING_SEARCH)) ?? '').includes(opening)) : undefined;
      const byTitle = want.title === null ? null : r.documents.reduce<{ doc: ParsedDocument | null; score: number }>(
        (best, d) => {
          const s = bigramDice(d.title ?? '', want.title);
          return s > best.score ? { doc: d, score: s } : best;
        },
        { doc: null, score: 0.6 },
      ).doc;
      const match = byNumber ?? byStart ?? byTitle;
      if (!match) {
        failures.push({ metric: 'site.found', id: r.seed, expected: want.title ?? `(无标题) line ${want.startLine ?? '?'}`, got: null });
        continue;
      }
      found++;
      if (comparable(match.title) === comparable(want.title)) exact++;
      else failures.push({ metric: 'site.title', id: r.seed, expected: want.title, got: match.title });
    }
    for (const e of r.errors) failures.push({ metric: 'site.found', id: r.seed, expected: 'readable', got: e });
  }
  const metrics: Metric[] = [
    { name: 'site.found', label: '样例站 文件找到 documents found', value: ratio(found, labelled), count: labelled, goal: 1, higherIsBetter: true },
    { name: 'site.title', label: '样例站 标题准确 titles exact', value: ratio(exact, labelled), count: labelled, goal: 0.98, higherIsBetter: true },
  ];
  return { metrics, failures };
}
