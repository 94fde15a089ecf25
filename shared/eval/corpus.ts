/**
 * The development corpus (../shared/corpus): real documents from all of China with labels read by hand.
 * Read at run time, never copied into the project. The label formats are the corpus README's.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { appointmentSchema, categorySchema, landStageSchema } from '../model/document.ts';

const isoOrNull = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable();

export const textLabelSchema = z.object({
  id: z.string(),
  category: categorySchema,
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  date: isoOrNull,
  appointments: z.array(appointmentSchema.extend({ position: z.string().nullable() })),
  land: z
    .object({
      stage: landStageSchema,
      location: z.string().nullable(),
      area: z.string().nullable(),
      compensation: z.array(z.string()),
      deadlines: z.array(z.object({ text: z.string(), date: isoOrNull })),
    })
    .nullable(),
  effectiveDate: isoOrNull,
  repeals: z.array(z.string()),
  province: z.string(),
  docType: z.string(),
  layout: z.string(),
  note: z.string(),
});
export type TextLabel = z.infer<typeof textLabelSchema>;

export const htmlLabelSchema = z.object({
  id: z.string(),
  kind: z.enum(['fragment', 'page']),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuers: z.array(z.string()),
  date: isoOrNull,
  published: isoOrNull,
  category: categorySchema,
  charset: z.string(),
  note: z.string(),
});
export type HtmlLabel = z.infer<typeof htmlLabelSchema>;

export interface CorpusItem<L> {
  label: L;
  file: string;
}

export interface Corpus {
  dir: string;
  texts: CorpusItem<TextLabel>[];
  html: CorpusItem<HtmlLabel>[];
}

/** The project's root (the folder holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the corpus lives by default: beside the project, as on every developer machine and in CI. */
export const defaultCorpusDir = resolve(projectRoot, '..', 'shared', 'corpus');

export class CorpusError extends Error {
  override name = 'CorpusError';
}

function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new CorpusError(`标注格式错误 bad label at ${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? ''}`);
      return parsed.data;
    });
}

function items<L extends { id: string }>(dir: string, labels: L[], sub: string, ext: string): CorpusItem<L>[] {
  const present = new Set(existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);
  return labels.map((label) => {
    const name = `${label.id}${ext}`;
    if (!present.has(name)) throw new CorpusError(`标注没有对应文件 label without file: ${join(sub, name)}`);
    return { label, file: join(dir, sub, name) };
  });
}

export function loadCorpus(dir: string = defaultCorpusDir): Corpus {
  if (!existsSync(join(dir, 'labels.jsonl'))) throw new CorpusError(`找不到语料 corpus not found: ${dir}/labels.jsonl`);
  const texts = items(dir, readJsonl(join(dir, 'labels.jsonl'), textLabelSchema), 'texts', '.txt');
  const htmlLabels = join(dir, 'html-labels.jsonl');
  const html = existsSync(htmlLabels) ? items(dir, readJsonl(htmlLabels, htmlLabelSchema), 'html', '.html') : [];
  return { dir, texts, html };
}
