/**
 * Machine instructions a fresh `node` runs to import a bundle, counted by valgrind's callgrind: the work of
 * a cold init without this machine's noise. Wall time here drifts by ±20 % between runs seconds apart (a
 * shared VM), so the budgeted wall-clock medians of bench/suites/bundle.ts cannot show a change of a few
 * per cent; the instruction count repeats to about 2 % (V8's background threads vary a little), and it is what a change of bundling is judged by.
 *
 * - The count covers the whole process (V8's background threads too) minus the same count for importing an
 *   empty module in the same environment: Node's own start-up is left out, as on Lambda's init clock.
 * - `--smc-check=all-non-file`: V8 writes the code it runs, and valgrind must see it.
 * - No valgrind on the machine (`valgrindAvailable`): the suite leaves the rows out and says so.
 * - About 8 s per bundle under valgrind.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function collected(probe: string, bundle: string, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, probe, pathToFileURL(bundle).href];
  const { stderr } = await run('valgrind', args, { env, cwd, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
  const m = /Collected\s*:\s*(\d+)/.exec(stderr);
  if (!m) throw new Error(`callgrind printed no instruction count for ${bundle}: ${stderr.slice(-400)}`);
  return Number(m[1]);
}

export async function valgrindAvailable(): Promise<boolean> {
  try {
    await run('valgrind', ['--version'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** Counts, in millions, for each bundle: its import minus an empty module's. `dir` takes the empty module. */
export async function importInstructions(probe: string, dir: string, bundles: readonly { key: string; file: string; env: NodeJS.ProcessEnv; cwd: string }[]): Promise<Map<string, number>> {
  const empty = join(dir, 'empty-module.mjs');
  writeFileSync(empty, 'export const handler = async () => null;\n');
  const out = new Map<string, number>();
  const first = bundles[0];
  if (!first) return out;
  // One baseline, in the first bundle's environment (the functions' environments differ only in names).
  const baseline = await collected(probe, empty, first.env, dir);
  for (const b of bundles) out.set(b.key, ((await collected(probe, b.file, b.env, b.cwd)) - baseline) / 1e6);
  return out;
}
