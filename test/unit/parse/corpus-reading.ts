/** The development corpus (../shared/corpus), read at run time for tests; absent corpus → tests skip. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
export const hasCorpus = existsSync(`${corpusDir}labels.jsonl`);

export interface CorpusLabel {
  id: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  layout: string;
}

export function corpusLabels(): CorpusLabel[] {
  if (!hasCorpus) return [];
  return readFileSync(`${corpusDir}labels.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLabel);
}

export const corpusText = (id: string): string => readFileSync(`${corpusDir}texts/${id}.txt`, 'utf8');
