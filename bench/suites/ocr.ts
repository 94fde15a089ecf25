/**
 * OCR (issue 20): character accuracy of the engine the extract stage runs on the sample site's scanned
 * pages against their ground truth, pages per second on one core (OMP_THREAD_LIMIT=1, pages one after
 * another) with engine and dpi in the result names, the documents the scanned issue yields against its
 * text PDF (same 文号), and the Lambda cost per 1,000 pages. `ocr.ms_per_page` (with `ocr.dpi`) is the same
 * speed under a fixed name, for the cost model.
 *
 * - clean: the seed PDF's pages (test/fixtures/ocr/*.seed.pdf) rendered at the stage's dpi and OCR'd
 *   even though they have a text layer — the print quality of a good scanner.
 * - degraded: the committed scans (skewed, speckled, 1-bit; scripts/make-scanned-fixtures.ts), read
 *   through the stage's own per-page decision (extractPdfPages): only their image pages are OCR'd.
 * Accuracy: 1 − Levenshtein / truth length over the texts without whitespace (bench/ocr/accuracy.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPdfPages } from '../../shared/ingest/text/ocr/pdf-ocr.ts';
import { ocrPageLines } from '../../shared/ingest/text/ocr/ocr-lines.ts';
import { PopplerRenderer } from '../../shared/ingest/text/ocr/poppler-renderer.ts';
import { TesseractEngine, tesseractVersion } from '../../shared/ingest/text/ocr/tesseract-engine.ts';
import { extractLimitsSchema } from '../../shared/model/runtime-config.ts';
import { analysePublication } from '../../shared/pipeline/analyse.ts';
import { characterAccuracy, characterErrors } from '../ocr/accuracy.ts';
import type { BenchResult, BenchSuite } from '../result.ts';
import { jiangxianAttachments, lishiScanned, type ScannedPublication } from '../../scripts/sample-site/scanned-issues.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'test', 'fixtures');

const nameOf = (pub: ScannedPublication): string => pub.path.split('/').at(-1)!.replace(/\.pdf$/, '');

export const suite: BenchSuite = {
  title: 'OCR 扫描件识别 accuracy & speed',
  async run(): Promise<BenchResult[]> {
    const env = { PATH: process.env.PATH };
    const version = await tesseractVersion(env);
    if (!version) throw new Error('tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)');
    const dpi = extractLimitsSchema.parse({}).ocrDpi;
    const engine = new TesseractEngine({ env, version });
    const renderer = new PopplerRenderer({ env });
    const tag = `ocr.tesseract-${version}-chi_sim-psm4.${dpi}dpi`;
    const results: BenchResult[] = [];
    let pages = 0;
    let seconds = 0;
    const cleanAcc: number[] = [];
    const degradedAcc: number[] = [];
    const pooled = { clean: { edits: 0, length: 0 }, degraded: { edits: 0, length: 0 } };
    const pool = (into: { edits: number; length: number }, e: { edits: number; length: number }): void => {
      into.edits += e.edits;
      into.length += e.length;
    };
    for (const pub of [lishiScanned, jiangxianAttachments]) {
      const name = nameOf(pub);
      const truth = readFileSync(join(fixtures, 'ocr', `${name}.truth.txt`), 'utf8');
      // clean: every page of the seed PDF through the engine
      const seed = readFileSync(join(fixtures, 'ocr', `${name}.seed.pdf`));
      const session = await renderer.open(seed);
      const lines: string[] = [];
      const t0 = performance.now();
      let seedPages = 0;
      try {
        for (let p = 1; ; p++) {
          // As the extract stage renders for OCR (pdf-ocr.ts): PGM, no compression.
          const raster = await session.render(p, dpi, 'pgm').catch(() => null);
          if (!raster || raster.length === 0) break;
          lines.push(...ocrPageLines(await engine.recognise(raster)));
          seedPages++;
        }
      } finally {
        await session.close();
      }
      pages += seedPages;
      seconds += (performance.now() - t0) / 1000;
      cleanAcc.push(characterAccuracy(lines.join('\n'), truth, [pub.runningHeader]));
      pool(pooled.clean, characterErrors(lines.join('\n'), truth, [pub.runningHeader]));
      // degraded: the committed scan through the stage's per-page decision
      const scan = readFileSync(join(fixtures, 'site', 'files', pub.path.slice(1)));
      const t1 = performance.now();
      const read = await extractPdfPages(scan, { ocr: { renderer, engine }, limits: { maxOcrPages: 50, timeBudgetMs: 600_000, dpi }, clock: () => performance.now() });
      const ocrPages = read.pages.filter((p) => p.method === 'ocr');
      pages += ocrPages.length;
      seconds += (performance.now() - t1) / 1000;
      const ocrText = ocrPages.map((p) => read.text.split('\n').slice((p.startLine ?? 1) - 1, p.endLine ?? 0).join('\n')).join('\n');
      degradedAcc.push(characterAccuracy(ocrText, truth, [pub.runningHeader]));
      pool(pooled.degraded, characterErrors(ocrText, truth, [pub.runningHeader]));
      results.push({ name: `${tag}.${name}.clean.char_accuracy`, value: cleanAcc.at(-1)!, unit: 'ratio', budget: 0.98, better: 'higher' });
      results.push({ name: `${tag}.${name}.degraded.char_accuracy`, value: degradedAcc.at(-1)!, unit: 'ratio', budget: 0.95, better: 'higher' });

      if (pub === lishiScanned) {
        // Documents of the scan against those of its seed PDF (text layer), matched by 文号.
        const opts = { placeNames: ['离石区', '吕梁市', '山西省'], publishedDate: pub.published };
        const fromText = analysePublication((await extractPdfPages(seed, { ocr: null, limits: { maxOcrPages: 0, timeBudgetMs: 0, dpi }, clock: () => 0 })).text, opts).documents;
        const fromScan = analysePublication(read.text, opts).documents;
        const numbers = new Set(fromScan.map((d) => d.docNumber));
        const same = fromText.filter((d) => d.docNumber !== null && numbers.has(d.docNumber)).length;
        results.push({ name: `${tag}.${name}.documents_same_docnumber_ratio`, value: same / Math.max(1, fromText.length), unit: 'ratio', budget: 0.95, better: 'higher' });
      }
    }
    const secondsPerPage = seconds / Math.max(1, pages);
    // All scanned pages together (edits over all truth characters), and the worst issue on its own.
    results.push({ name: `${tag}.clean.char_accuracy`, value: 1 - pooled.clean.edits / pooled.clean.length, unit: 'ratio', budget: 0.98, better: 'higher' });
    results.push({ name: `${tag}.degraded.char_accuracy`, value: 1 - pooled.degraded.edits / pooled.degraded.length, unit: 'ratio', budget: 0.95, better: 'higher' });
    results.push({ name: `${tag}.clean.worst_issue_char_accuracy`, value: Math.min(...cleanAcc), unit: 'ratio', budget: null, better: 'higher' });
    results.push({ name: `${tag}.degraded.worst_issue_char_accuracy`, value: Math.min(...degradedAcc), unit: 'ratio', budget: null, better: 'higher' });
    results.push({ name: `${tag}.pages_per_second_one_core`, value: 1 / secondsPerPage, unit: 'pages/s', budget: null, better: 'higher' });
    results.push({ name: `${tag}.seconds_per_page_one_core`, value: secondsPerPage, unit: 's/page', budget: null, better: 'lower' });
    // The cost model's input (its suite reads it from bench/results.json): one name whatever the engine and dpi.
    results.push({ name: 'ocr.ms_per_page', value: secondsPerPage * 1000, unit: 'ms', budget: null, better: 'lower' });
    results.push({ name: 'ocr.dpi', value: dpi, unit: 'dpi', budget: null, better: 'higher' });
    // At the extract function's configured memory and the cost model's us-east-1 arm64 price.
    const { functionSpecs } = await import('../../infra/constructs/pipeline.ts');
    const { pricesFor } = await import('../cost/prices.ts');
    const gbSecondUsd = pricesFor('us-east-1').lambdaArmGbSecond;
    results.push({ name: `${tag}.lambda_usd_per_1000_pages`, value: secondsPerPage * 1000 * (functionSpecs.extract.memoryMb / 1024) * gbSecondUsd, unit: 'USD', budget: null, better: 'lower' });
    return results;
  },
};
