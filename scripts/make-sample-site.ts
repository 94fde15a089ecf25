/**
 * Generates the committed fixtures of the local sample gazette site (test/fixtures/site/) from the
 * seed publications: issue PDFs laid out with a CJK font, 山阴县 document pages (two of them GBK),
 * the next issue of 离石区's gazette and manifest.json. Run once, commit the output; CI needs no fonts.
 *
 *   node --import tsx scripts/make-sample-site.ts [--seeds ../shared/seeds] [--out test/fixtures/site]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { isoDateSchema } from '../shared/model/dates.ts';
import { checkManifest, siteManifestSchema, type SiteEntry, type SiteManifest, type SiteSource } from '../infra/local/sample-site/catalogue.ts';
import { addScannedFixtures } from './make-scanned-fixtures.ts';
import { renderDocumentPage } from './sample-site/document-page.ts';
import { encodeGbk, htmlCharRef } from './sample-site/gbk.ts';
import { newDocument, nextIssueLines, revisedSource, revision } from './sample-site/next-issue.ts';
import { renderPdf } from './sample-site/pdf-layout.ts';
import { lishi, nextIssue, pdfPublications, shanyin, type PdfPublication } from './sample-site/publications.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: resolve(root, '../shared/seeds') },
    out: { type: 'string', default: resolve(root, 'test/fixtures/site') },
  },
});
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);

const shanyinSplitSchema = z.object({
  seed: z.string(),
  about: z.string(),
  documents: z
    .array(
      z.object({
        lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
        bodyFrom: z.number().int().positive(),
        title: z.string().min(1),
        docNumber: z.string().min(1),
        issuer: z.string().min(1),
        written: isoDateSchema,
        published: isoDateSchema,
        indexNo: z.string().regex(/^[0-9A-Z]{18}\/\d{4}-\d{5}$/),
        charset: z.enum(['utf-8', 'gbk']),
        duplicateOf: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1),
});

const seedCache = new Map<string, string[]>();
async function seedLines(name: string): Promise<string[]> {
  let lines = seedCache.get(name);
  if (!lines) {
    lines = (await readFile(join(seedsDir, name), 'utf8')).split('\n');
    seedCache.set(name, lines);
  }
  return lines;
}

async function writeEntry(
  path: string,
  body: Buffer,
  meta: Pick<SiteEntry, 'title' | 'published' | 'contentType' | 'charset' | 'seed' | 'docNumber'>,
): Promise<SiteEntry> {
  const file = `files${path}`;
  await mkdir(dirname(join(outDir, file)), { recursive: true });
  await writeFile(join(outDir, file), body);
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { path, file, ...meta, sha256, bytes: body.length };
}

const created = (isoDate: string): Date => new Date(`${isoDate}T10:00:00+08:00`);

async function pdfEntry(pub: PdfPublication, lines: readonly string[]): Promise<SiteEntry> {
  const body = await renderPdf({
    title: pub.title,
    runningHeader: pub.runningHeader,
    lines,
    created: created(pub.published),
    ...(pub.footer ? { footer: pub.footer } : {}),
  });
  return writeEntry(pub.path, body, {
    title: pub.title,
    published: pub.published,
    contentType: 'application/pdf',
    charset: null,
    seed: pub.seed,
    docNumber: null,
  });
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');
const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** 山阴县: one page per document of seed 004, after checking each range against the seed text. */
async function shanyinEntries(): Promise<SiteEntry[]> {
  const split = shanyinSplitSchema.parse(JSON.parse(await readFile(join(root, 'scripts/sample-site/shanyin-documents.json'), 'utf8')));
  const lines = await seedLines(split.seed);
  const entries: SiteEntry[] = [];
  let previousEnd = 0;
  for (const [n, doc] of split.documents.entries()) {
    const [start, end] = doc.lines;
    if (start !== previousEnd + 1) throw new Error(`shanyin document ${n}: starts at ${start}, previous ended at ${previousEnd}`);
    previousEnd = end;
    const range = lines.slice(start - 1, end);
    const banner = range[0]?.trim();
    const titleLines = lines.slice(start, doc.bodyFrom - 1);
    if (banner !== doc.issuer) throw new Error(`shanyin document ${n}: banner "${banner}" is not the issuer ${doc.issuer}`);
    if (squeeze(banner + titleLines.join('')) !== squeeze(doc.title)) {
      throw new Error(`shanyin document ${n}: title lines read "${squeeze(titleLines.join(''))}"`);
    }
    if (squeeze(lines[doc.bodyFrom - 1] ?? '') !== doc.docNumber) {
      throw new Error(`shanyin document ${n}: line ${doc.bodyFrom} is not ${doc.docNumber}`);
    }
    if (!range.some((l) => squeeze(l) === chineseDate(doc.written))) {
      throw new Error(`shanyin document ${n}: no 落款 date ${doc.written}`);
    }
    if (doc.duplicateOf !== undefined) {
      const other = split.documents[doc.duplicateOf];
      const text = (d: typeof doc): string => squeeze(lines.slice(d.lines[0] - 1, d.lines[1]).join(''));
      if (!other || text(other) !== text(doc)) throw new Error(`shanyin document ${n}: not a copy of ${doc.duplicateOf}`);
    }
    const html = renderDocumentPage({
      owner: shanyin.owner,
      column: shanyin.column,
      title: doc.title,
      indexNo: doc.indexNo,
      issuer: doc.issuer,
      docNumber: doc.docNumber,
      written: doc.written,
      published: doc.published,
      body: lines.slice(doc.bodyFrom - 1, end),
      charset: doc.charset,
    });
    const body = doc.charset === 'gbk' ? encodeGbk(html, htmlCharRef) : Buffer.from(html, 'utf8');
    const compact = doc.published.replace(/-/g, '');
    const seq = Number(doc.indexNo.split('-').at(-1));
    const path = `/${shanyin.id}/zfwj/${compact.slice(0, 6)}/t${compact}_${seq}.html`;
    entries.push(
      await writeEntry(path, body, {
        title: doc.title,
        published: doc.published,
        contentType: 'text/html',
        charset: doc.charset,
        seed: split.seed,
        docNumber: doc.docNumber,
      }),
    );
  }
  return entries;
}

async function main(): Promise<void> {
  await rm(join(outDir, 'files'), { recursive: true, force: true });
  await rm(join(outDir, 'next'), { recursive: true, force: true });
  await mkdir(join(outDir, 'next'), { recursive: true });

  const sources: SiteSource[] = [];
  for (const [shell, pub] of pdfPublications) {
    sources.push({ ...shell, entries: [await pdfEntry(pub, await seedLines(pub.seed))] });
  }
  sources.splice(2, 0, { ...shanyin, entries: await shanyinEntries() });

  const nextEntry = await pdfEntry(nextIssue, nextIssueLines(await seedLines(revisedSource.seed)));
  const manifest: SiteManifest = checkManifest(
    siteManifestSchema.parse({
      generatedBy: 'scripts/make-sample-site.ts',
      sources,
      next: { sourceId: lishi.id, entry: nextEntry },
    }),
  );
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  const expected = {
    about: 'What publishNext() adds to lishi-gazette: an issue holding exactly one new and one revised document.',
    sourceId: lishi.id,
    issue: { title: nextEntry.title, path: nextEntry.path, published: nextEntry.published, documentCount: 2 },
    new: {
      title: newDocument.title,
      docNumber: newDocument.docNumber,
      issuer: newDocument.issuer,
      date: newDocument.date,
      category: newDocument.category,
      appointments: newDocument.appointments,
    },
    revised: {
      title: revision.title,
      docNumber: revision.docNumber,
      issuer: revision.issuer,
      date: revision.date,
      previous: { sourceId: lishi.id, path: sources[0]!.entries[0]!.path, ...revisedSource },
      changes: revision.changes,
    },
  };
  await writeFile(join(outDir, 'next', 'expected.json'), JSON.stringify(expected, null, 2) + '\n');

  for (const entry of [...manifest.sources.flatMap((s) => s.entries), manifest.next.entry]) {
    console.log(`${String(entry.bytes).padStart(9)}  ${entry.charset ?? ''}\t${entry.path}`);
  }
  // The scanned issue and the PDF with an image-only attachment (issue 20) join the manifest last.
  await addScannedFixtures();
}

await main();
