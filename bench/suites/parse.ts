import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPdf } from '../../shared/ingest/text/pdf-text.ts';
import { parsePublication } from '../../shared/parse/publication.ts';
import { cpuTiming, interleavedCpuTimings, mbPerSecond } from '../cpu-time.ts';
import { medianMs, onceMs, type BenchResult, type BenchSuite } from '../result.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(root, 'test', 'fixtures', 'seeds');
const siteDir = join(root, 'test', 'fixtures', 'site');
/** The seed repeated for the scaling row: the report-and-documents issue, the longest seed. */
const SCALING_SEED = '001_55abe29401c58ba5.txt';

function pdfsUnder(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(pdfsUnder(path));
    else if (name.toLowerCase().endsWith('.pdf')) out.push(path);
  }
  return out.sort();
}

/**
 * Reading throughput over the seed texts (CPU time, bench/cpu-time.ts) and its scaling; PDF text extraction
 * against pdftotext on the same files. Reading and classifying together (analysePublication) is measured once,
 * by the classify suite (classify.end_to_end_throughput).
 */
export const suite: BenchSuite = {
  title: '解析 parse',
  async run(): Promise<BenchResult[]> {
    const texts = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const parseAll = () => {
      for (const t of texts) parsePublication(t);
    };
    const coldMs = await onceMs(parseAll);
    const parseMs = cpuTiming(parseAll).medianCpuMs;
    // Scaling: one seed against 16 copies of it in one publication (duplicate detection must stay linear). The seed
    // is timed read 16 times a run, in turn with the 16 copies: both runs read the same bytes and make the same
    // garbage, so the collections a run pays for weigh the same on both (a run of one copy, 16 times shorter, was
    // often spared them, which alone moved the ratio by a third).
    const one = readFileSync(join(seedsDir, SCALING_SEED), 'utf8');
    const sixteen = Array.from({ length: 16 }, () => one).join('\n');
    const [oneSixteenTimes, sixteenAtOnce] = interleavedCpuTimings(
      [
        () => {
          for (let i = 0; i < 16; i++) parsePublication(one);
        },
        () => parsePublication(sixteen),
      ],
      { runs: 21, warmup: 4 },
    );
    const oneMs = (oneSixteenTimes?.medianCpuMs ?? Number.NaN) / 16;
    const sixteenMs = sixteenAtOnce?.medianCpuMs ?? Number.NaN;
    const perByte = (ms: number, text: string): number => ms / Buffer.byteLength(text);
    const results: BenchResult[] = [
      { name: 'parse.throughput', value: mbPerSecond(bytes, parseMs), unit: 'MB/s', budget: 20, better: 'higher' },
      { name: 'parse.throughput_16x_ratio', value: perByte(sixteenMs, sixteen) / perByte(oneMs, one), unit: 'x', budget: 1.3, better: 'lower' },
      { name: 'parse.seeds_ms', value: parseMs, unit: 'ms', budget: null, better: 'lower' },
      { name: 'parse.cold_first_pass_ms', value: coldMs, unit: 'ms', budget: null, better: 'lower' },
    ];
    const pdfs = pdfsUnder(siteDir);
    if (pdfs.length === 0) {
      process.stderr.write('parse bench: test/fixtures/site/**/*.pdf 中没有 PDF，跳过提取对比 no sample PDFs, extraction ratio skipped\n');
      return results;
    }
    let hasPdftotext = true;
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    } catch {
      hasPdftotext = false;
    }
    const data = pdfs.map((p) => new Uint8Array(readFileSync(p)));
    const oursMs = await medianMs(async () => {
      for (const d of data) await extractPdf(d);
    }, 5, 1);
    results.push({ name: 'parse.pdf_extract_ms', value: oursMs, unit: 'ms', budget: null, better: 'lower' });
    if (!hasPdftotext) {
      process.stderr.write('parse bench: pdftotext 不可用，跳过比值 pdftotext missing, ratio skipped\n');
      return results;
    }
    const refMs = await medianMs(() => {
      for (const p of pdfs) execFileSync('pdftotext', ['-enc', 'UTF-8', p, '-'], { maxBuffer: 64 * 1024 * 1024 });
    }, 5, 1);
    results.push(
      { name: 'parse.pdftotext_ms', value: refMs, unit: 'ms', budget: null, better: 'lower' },
      { name: 'parse.pdf_extract_vs_pdftotext', value: oursMs / refMs, unit: 'x', budget: 5, better: 'lower' },
    );
    return results;
  },
};
