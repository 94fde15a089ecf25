import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyDocument } from '../../shared/classify/classify.ts';
import { parsePublication } from '../../shared/parse/publication.ts';
import { extractLandFacts } from '../../shared/classify/land/land-facts.ts';
import { analysePublication } from '../../shared/pipeline/analyse.ts';
import { adversarialLandText, hostileText } from '../../test/support/hostile-text.ts';
import { CPU_CLOCK, cpuTiming, mbPerSecond } from '../cpu-time.ts';
import { medianMs, onceMs, type BenchResult, type BenchSuite } from '../result.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(root, 'test', 'fixtures', 'seeds');

/**
 * End-to-end parse + classify throughput over the seed texts (analysePublication, the DESIGN §4.1
 * contract), how much of it parsing takes, and the classifier's own throughput on the already segmented
 * documents. The one measurement of analysePublication's throughput (the parse suite times reading alone):
 * the median of 41 runs' main-thread CPU time (bench/cpu-time.ts), so waiting for a core on a shared machine does
 * not count; the fastest tenth and the wall-clock median are reported beside it.
 */
export const suite: BenchSuite = {
  title: '分类 classify',
  async run(): Promise<BenchResult[]> {
    const texts = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const analyseAll = () => {
      for (const t of texts) analysePublication(t);
    };
    const coldMs = await onceMs(analyseAll);
    process.stderr.write(`  CPU time: ${CPU_CLOCK}\n`);
    const endToEnd = cpuTiming(analyseAll);
    const endToEndMs = endToEnd.medianCpuMs;
    // The parse part of end to end, measured the same way: what is left is the classifier's.
    const parseMs = cpuTiming(() => {
      for (const t of texts) parsePublication(t);
    }).medianCpuMs;

    const segmented = texts.flatMap((t) => parsePublication(t).documents);
    const documentBytes = segmented.reduce((n, d) => n + Buffer.byteLength(d.text) + Buffer.byteLength(d.title ?? ''), 0);
    const classifyMs = cpuTiming(() => {
      for (const d of segmented) classifyDocument(d, { publishedDate: d.date });
    }).medianCpuMs;

    // Hostile input (no catastrophic backtracking): the bounds the unit tests used to time, measured here.
    const hostile = hostileText();
    const hostileMs = await medianMs(() => {
      classifyDocument(
        { title: '某某县人民政府关于张三等同志任免的通知', docNumber: null, issuer: null, date: '2024-01-01', startLine: 1, endLine: hostile.split('\n').length, duplicateOf: null, text: hostile },
        { publishedDate: null },
      );
    }, 3, 1);
    const landText = adversarialLandText();
    const landMs = await medianMs(() => {
      extractLandFacts({ title: '关于征收土地的通告', text: landText }, '2023-01-01');
    }, 3, 1);

    return [
      { name: 'classify.hostile_throughput', value: Buffer.byteLength(hostile) / 1048576 / (hostileMs / 1000), unit: 'MB/s', budget: 0.35, better: 'higher' },
      { name: 'classify.land_adversarial_throughput', value: Buffer.byteLength(landText) / 1048576 / (landMs / 1000), unit: 'MB/s', budget: 5.7, better: 'higher' },
      { name: 'classify.end_to_end_throughput', value: mbPerSecond(bytes, endToEndMs), unit: 'MB/s', budget: 20, better: 'higher' },
      { name: 'classify.end_to_end_fastest_tenth_throughput', value: mbPerSecond(bytes, endToEnd.fastCpuMs), unit: 'MB/s', budget: null, better: 'higher' },
      { name: 'classify.end_to_end_wall_throughput', value: mbPerSecond(bytes, endToEnd.medianWallMs), unit: 'MB/s', budget: null, better: 'higher' },
      { name: 'classify.end_to_end_seeds_ms', value: endToEndMs, unit: 'ms', budget: null, better: 'lower' },
      { name: 'classify.end_to_end_cold_first_pass_ms', value: coldMs, unit: 'ms', budget: null, better: 'lower' },
      { name: 'classify.end_to_end_parse_ms', value: parseMs, unit: 'ms', budget: null, better: 'lower' },
      { name: 'classify.end_to_end_classify_share', value: Math.max(0, (endToEndMs - parseMs) / endToEndMs) * 100, unit: '%', budget: null, better: 'lower' },
      { name: 'classify.classifier_only_throughput', value: mbPerSecond(documentBytes, classifyMs), unit: 'MB/s', budget: null, better: 'higher' },
      { name: 'classify.classifier_only_ms', value: classifyMs, unit: 'ms', budget: null, better: 'lower' },
    ];
  },
};
