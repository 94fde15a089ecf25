import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { isoDateSchema } from '../../../shared/model/dates.ts';
import { jurisdictionSchema } from '../../../shared/model/source.ts';

/** Where the committed fixtures of the sample site live (written by scripts/make-sample-site.ts). */
export const defaultSiteDir = fileURLToPath(new URL('../../../test/fixtures/site/', import.meta.url));

/** One published file of the site: an issue PDF or a document page. */
export const siteEntrySchema = z.object({
  /** URL path on the site, e.g. /lishi-gazette/upload/2023/lsgb-2023-02.pdf; always under /<sourceId>/. */
  path: z.string().regex(/^\/[a-z0-9-]+\/[A-Za-z0-9_./-]+$/),
  /** File holding the bytes, relative to the site directory. */
  file: z.string().min(1),
  /** Link text on the index page. */
  title: z.string().min(1),
  /** 发布日期 shown on the index page; also drives Last-Modified. */
  published: isoDateSchema,
  contentType: z.enum(['application/pdf', 'text/html']),
  /** Charset the bytes are written in (HTML only). */
  charset: z.enum(['utf-8', 'gbk']).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  /** The seed file the text comes from, for traceability. */
  seed: z.string().nullable(),
  /** 发文字号 of a single-document page, as printed in its metadata box. */
  docNumber: z.string().nullable(),
});
export type SiteEntry = z.infer<typeof siteEntrySchema>;

export const siteSourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  jurisdiction: jurisdictionSchema,
  kind: z.enum(['gazette', 'document-list', 'newspaper']),
  /** Regular expression matching the hrefs of this source's issue links (raw or resolved). */
  linkPattern: z.string().min(1),
  /** How index pages write issue links: ./relative, /root-relative or absolute http://host/… */
  linkStyle: z.enum(['relative', 'root', 'absolute']),
  /** Site owner shown in the page banner, e.g. 吕梁市离石区人民政府. */
  owner: z.string().min(1),
  /** Column (栏目) name of the index page, e.g. 政府公报. */
  column: z.string().min(1),
  /** Entries listed from the start, any order (the index lists newest first). */
  entries: z.array(siteEntrySchema).min(1),
});
export type SiteSource = z.infer<typeof siteSourceSchema>;

export const siteManifestSchema = z.object({
  generatedBy: z.string(),
  sources: z.array(siteSourceSchema).min(1),
  /** The issue publishNext() adds. */
  next: z.object({ sourceId: z.string(), entry: siteEntrySchema }),
});
export type SiteManifest = z.infer<typeof siteManifestSchema>;

/**
 * A manifest and where each entry's bytes are on disk (checked once at load). Bytes are read on request and
 * not kept (issue 18: the site is a fixture, its memory should not be what a bench measures).
 */
export interface Catalogue {
  manifest: SiteManifest;
  /** URL path → the file holding its bytes. */
  files: Map<string, string>;
}

/** The bytes served at a path, read from disk now; undefined when the catalogue has no such file. */
export function bodyOf(catalogue: Catalogue, path: string): Buffer | undefined {
  const file = catalogue.files.get(path);
  return file === undefined ? undefined : readFileSync(file);
}

function insideDir(dir: string, file: string): string {
  const full = normalize(join(dir, file));
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  if (!full.startsWith(root)) throw new Error(`sample site: ${file} lies outside ${dir}`);
  return full;
}

/** Checks that every entry path lies under its source and that paths are unique. */
export function checkManifest(manifest: SiteManifest): SiteManifest {
  const seen = new Set<string>();
  const ids = new Set(manifest.sources.map((s) => s.id));
  const all = manifest.sources.flatMap((s) => s.entries.map((e) => [s.id, e] as const));
  all.push([manifest.next.sourceId, manifest.next.entry]);
  if (!ids.has(manifest.next.sourceId)) throw new Error(`sample site: next issue names unknown source ${manifest.next.sourceId}`);
  for (const [id, entry] of all) {
    if (!entry.path.startsWith(`/${id}/`)) throw new Error(`sample site: ${entry.path} is not under /${id}/`);
    if (entry.path === `/${id}/index.html`) throw new Error(`sample site: ${entry.path} collides with the index page`);
    if (seen.has(entry.path)) throw new Error(`sample site: duplicate path ${entry.path}`);
    seen.add(entry.path);
  }
  return manifest;
}

/** Reads manifest.json and the files it names; fails fast on anything malformed or missing. */
export async function loadCatalogue(siteDir: string = defaultSiteDir): Promise<Catalogue> {
  const raw: unknown = JSON.parse(await readFile(join(siteDir, 'manifest.json'), 'utf8'));
  const manifest = checkManifest(siteManifestSchema.parse(raw));
  const files = new Map<string, string>();
  const entries = [...manifest.sources.flatMap((s) => s.entries), manifest.next.entry];
  await Promise.all(
    entries.map(async (entry) => {
      const file = insideDir(siteDir, entry.file);
      const body = await readFile(file);
      if (body.length !== entry.bytes) {
        throw new Error(`sample site: ${entry.file} has ${body.length} bytes, manifest says ${entry.bytes}`);
      }
      if (createHash('sha256').update(body).digest('hex') !== entry.sha256) {
        throw new Error(`sample site: ${entry.file} does not match its sha256 in the manifest`);
      }
      files.set(entry.path, file);
    }),
  );
  return { manifest, files };
}
