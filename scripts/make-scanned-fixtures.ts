/**
 * Generates the scanned publications of the sample site (issue 20) and their OCR ground truth, and adds
 * them to test/fixtures/site/manifest.json. Run once, commit the output (needs fonts-noto-cjk and
 * poppler-utils; CI needs neither to use the fixtures).
 *
 *   node --import tsx scripts/make-scanned-fixtures.ts
 *
 * Per publication: its lines are laid out as a text PDF (the seed PDF, kept in test/fixtures/ocr/ for
 * the clean case of the bench), every page of the part to be scanned is rendered at 300 dpi, skewed,
 * speckled and thresholded to 1 bit (sample-site/raster.ts), and placed full-page in an image-only PDF;
 * the text pages (if any) are joined in front with pdfunite.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { checkManifest, siteManifestSchema, type SiteEntry } from '../infra/local/sample-site/catalogue.ts';
import { renderPdf } from './sample-site/pdf-layout.ts';
import { degrade, encodePng1Bit, parsePgm } from './sample-site/raster.ts';
import { scannedPublications, type ScannedPublication } from './sample-site/scanned-issues.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = join(root, 'test/fixtures/site');
const ocrDir = join(root, 'test/fixtures/ocr');
const DPI = 300;
const A4 = { width: 595.28, height: 841.89 };
const created = (iso: string): Date => new Date(`${iso}T10:00:00+08:00`);
const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

async function imagePdf(pngs: Buffer[], title: string, date: Date): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Creator: 'scanner', Producer: 'pdfkit', CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res, rej) => {
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.on('error', rej);
  });
  for (const png of pngs) {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    doc.image(png, 0, 0, { width: A4.width, height: A4.height });
  }
  doc.end();
  return done;
}

async function build(pub: ScannedPublication, work: string, seed: number): Promise<Buffer> {
  const name = pub.path.split('/').at(-1)!.replace(/\.pdf$/, '');
  const textPdf = join(work, `${name}-text.pdf`);
  let textPages = 0;
  if (pub.textLines.length > 0) {
    writeFileSync(textPdf, await renderPdf({ title: pub.title, runningHeader: pub.runningHeader, lines: pub.textLines, created: created(pub.published) }));
    textPages = pageCount(textPdf);
  }
  const seedPdf = await renderPdf({
    title: pub.title,
    runningHeader: pub.runningHeader,
    lines: pub.scannedLines,
    created: created(pub.published),
    firstPageNumber: textPages + 1,
  });
  mkdirSync(ocrDir, { recursive: true });
  writeFileSync(join(ocrDir, `${name}.seed.pdf`), seedPdf);
  writeFileSync(join(ocrDir, `${name}.truth.txt`), `${pub.scannedLines.join('\n')}\n`);
  const seedFile = join(work, `${name}-seed.pdf`);
  writeFileSync(seedFile, seedPdf);
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', seedFile, join(work, `${name}-p`)]);
  const pgms = readdirSync(work).filter((f) => f.startsWith(`${name}-p`) && f.endsWith('.pgm')).sort();
  const pngs = pgms.map((f, i) => encodePng1Bit(degrade(parsePgm(readFileSync(join(work, f))), pub.skewDegrees * (i % 2 === 0 ? 1 : -0.7), pub.noise, seed + i), DPI));
  const scanned = await imagePdf(pngs, pub.title, created(pub.published));
  if (textPages === 0) return scanned;
  const scannedFile = join(work, `${name}-scanned.pdf`);
  writeFileSync(scannedFile, scanned);
  const joined = join(work, `${name}.pdf`);
  execFileSync('pdfunite', [textPdf, scannedFile, joined]);
  return readFileSync(joined);
}

/** Builds the scanned publications and adds them to the committed manifest (make-sample-site.ts calls this last). */
export async function addScannedFixtures(): Promise<void> {
  const manifestFile = join(siteDir, 'manifest.json');
  const manifest = siteManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const work = mkdtempSync(join(tmpdir(), 'gw-scan-'));
  try {
    for (const [n, pub] of scannedPublications.entries()) {
      const body = await build(pub, work, 20 + n * 100);
      const file = `files${pub.path}`;
      mkdirSync(dirname(join(siteDir, file)), { recursive: true });
      writeFileSync(join(siteDir, file), body);
      const entry: SiteEntry = {
        path: pub.path,
        file,
        title: pub.title,
        published: pub.published,
        contentType: 'application/pdf',
        charset: null,
        sha256: createHash('sha256').update(body).digest('hex'),
        bytes: body.length,
        seed: null,
        docNumber: null,
      };
      const source = manifest.sources.find((s) => s.id === pub.sourceId);
      if (!source) throw new Error(`no source ${pub.sourceId}`);
      source.entries = [...source.entries.filter((e) => e.path !== pub.path), entry];
      console.log(`${String(body.length).padStart(9)}  ${pub.path}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(manifestFile, JSON.stringify(checkManifest(manifest), null, 2) + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await addScannedFixtures();
