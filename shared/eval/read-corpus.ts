/**
 * Runs each corpus file through what the pipeline runs (extraction, then the process stage's analysis),
 * in this process, and picks the document that stands for the labelled one.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractText } from '../ingest/text/extract.ts';
import type { ParsedDocument } from '../model/document.ts';
import { analyseExtracted } from '../pipeline/analyse-extracted.ts';
import { bigramDice, docNumberKey } from './comparable.ts';
import type { CorpusItem } from './corpus.ts';
import type { Reading } from './types.ts';

/** Every non-duplicate document of one file, in order. */
export async function readFile(file: string): Promise<ParsedDocument[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const extracted = await extractText(bytes, { fileName: basename(file) });
  const publication = analyseExtracted(extracted, { placeNames: [] });
  return publication.documents.filter((d) => d.duplicateOf === null);
}

const span = (d: ParsedDocument): number => d.endLine - d.startLine;

/**
 * The labelled document among a file's documents: by title where the label has one, then by 文号,
 * else the longest (a page's main document).
 */
export function pickDocument(documents: ParsedDocument[], label: { title: string | null; docNumber: string | null }): ParsedDocument | null {
  if (documents.length === 0) return null;
  if (label.title) {
    let best: ParsedDocument | null = null;
    let score = 0.5;
    for (const d of documents) {
      const s = bigramDice(d.title ?? '', label.title);
      if (s > score) [best, score] = [d, s];
    }
    if (best) return best;
  }
  if (label.docNumber) {
    const byNumber = documents.find((d) => docNumberKey(d.docNumber) === docNumberKey(label.docNumber));
    if (byNumber) return byNumber;
  }
  return documents.reduce((a, b) => (span(b) > span(a) ? b : a));
}

export async function readItem<L extends { id: string; title: string | null; docNumber: string | null }>(item: CorpusItem<L>): Promise<Reading<L>> {
  try {
    const documents = await readFile(item.file);
    return { id: item.label.id, label: item.label, doc: pickDocument(documents, item.label), documents, error: null };
  } catch (err) {
    return { id: item.label.id, label: item.label, doc: null, documents: [], error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}
