import { chaosRun, type ChaosOptions } from './chaos-run.ts';
import { chaosLine, compareRuns, type Comparison } from './run-state.ts';

export interface SuiteOptions {
  runs: number;
  seed: number;
  rate: number;
  sources?: string[];
  rounds?: number;
  log?: (line: string) => void;
}

export interface SuiteResult extends Comparison {
  runs: number;
  faults: number;
  line: string;
}

/** A fault-free reference run, then `runs` chaos runs (seeds seed, seed+1, …), each compared with it. */
export async function runChaosSuite(options: SuiteOptions): Promise<SuiteResult> {
  const log = options.log ?? (() => undefined);
  const common: Omit<ChaosOptions, 'chaos' | 'seed'> = { rate: options.rate, sources: options.sources, rounds: options.rounds };
  let t0 = performance.now();
  const reference = await chaosRun({ ...common, chaos: false, seed: 0 });
  log(`reference (${((performance.now() - t0) / 1000).toFixed(1)} s): ${reference.state.mails.length} mails, ${reference.state.changes.length} changes, ${reference.state.issues.length} issues`);
  const total: SuiteResult = { runs: 0, faults: 0, lost: 0, duplicates: 0, stuck: 0, details: [], line: '' };
  const refCheck = compareRuns(reference.state, reference.state);
  if (reference.state.sesMails !== reference.state.mails.length) total.details.push(`reference: SES captured ${reference.state.sesMails}, outbox ${reference.state.mails.length}`);
  total.stuck += refCheck.stuck;
  for (let i = 0; i < options.runs; i++) {
    const seed = options.seed + i;
    t0 = performance.now();
    const run = await chaosRun({ ...common, chaos: true, seed });
    const c = compareRuns(reference.state, run.state);
    // What SES captured must be what the outbox saw: a mail sent but not reported (or the reverse) is a duplicate or a loss.
    const sesGap = run.state.sesMails - run.state.mails.length;
    if (sesGap !== 0) c.details.push(`SES captured ${run.state.sesMails}, outbox ${run.state.mails.length}`);
    total.runs++;
    total.faults += run.faults;
    total.lost += c.lost + Math.max(0, -sesGap);
    total.duplicates += c.duplicates + Math.max(0, sesGap);
    total.stuck += c.stuck;
    total.details.push(...c.details.map((d) => `seed ${seed}: ${d}`));
    log(`seed ${seed} (${((performance.now() - t0) / 1000).toFixed(1)} s): faults=${run.faults} handlerErrors=${run.handlerErrors} mails=${run.state.mails.length} lost=${c.lost} duplicates=${c.duplicates} stuck=${c.stuck}`);
  }
  total.line = chaosLine(total.runs, total.faults, total);
  return total;
}
