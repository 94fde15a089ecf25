/**
 * The emulators (./emulators.ts) in a child Node process, for measurements of the product alone (the fetch
 * bench's peak RSS, issue 18): dynalite holds every table in memory and s3rver buffers what it stores, which
 * would otherwise count as the fetch code's memory. Same protocol, same endpoints on loopback; the parent
 * talks to them with the real SDK clients exactly as before.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { startEmulators, type Emulators } from './emulators.ts';

const readySchema = z.object({ kind: z.literal('ready'), dynamoEndpoint: z.string().url(), s3Endpoint: z.string().url(), sesEndpoint: z.string().url() });
const rssSchema = z.object({ kind: z.literal('rss'), rss: z.number(), peak: z.number() });
const requestSchema = z.object({ kind: z.enum(['rss', 'close']) });

export interface ChildEmulators extends Emulators {
  /** The child's resident set now and its peak since it started (bytes, sampled every 25 ms). */
  memory(): Promise<{ rss: number; peak: number }>;
}

/** Resolves with the first message of the child that `schema` accepts. */
export function nextMessage<T>(child: ChildProcess, schema: z.ZodType<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      const parsed = schema.safeParse(m);
      if (!parsed.success) return;
      cleanup();
      resolve(parsed.data);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`子进程退出 child process exited (${code}) before answering`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Resident set sampling for a child's answers. */
export function rssSampler(): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  timer.unref();
  return { peak: () => Math.max(peak, process.memoryUsage().rss), stop: () => clearInterval(timer) };
}

/** This process's Node options for a child, with the TypeScript loader when the parent has it through another runner (vitest). */
export const childExecArgv = (): string[] => (process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx']);

/** Starts the emulators in a child process (the parent's Node options, e.g. tsx and the legacy OpenSSL provider). */
export async function startEmulatorsInChild(options: { s3Directory: string; bucket: string }): Promise<ChildEmulators> {
  const child = fork(fileURLToPath(import.meta.url), ['--emulators-child', JSON.stringify(options)], { execArgv: childExecArgv(), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const ready = await nextMessage(child, readySchema);
  return {
    dynamoEndpoint: ready.dynamoEndpoint,
    s3Endpoint: ready.s3Endpoint,
    sesEndpoint: ready.sesEndpoint,
    async memory() {
      const answer = nextMessage(child, rssSchema);
      child.send({ kind: 'rss' });
      const { rss, peak } = await answer;
      return { rss, peak };
    },
    close: () => closeChild(child),
  };
}

/** Asks a child started here to close, and waits until it has exited (at once when it already has). */
export async function closeChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.send({ kind: 'close' });
  await exited;
}

async function runChild(raw: string): Promise<void> {
  const options = z.object({ s3Directory: z.string(), bucket: z.string() }).parse(JSON.parse(raw));
  const emulators = await startEmulators(options);
  const sampler = rssSampler();
  const send = (m: unknown) => process.send?.(m);
  process.on('message', async (m: unknown) => {
    const request = requestSchema.safeParse(m);
    if (!request.success) return;
    if (request.data.kind === 'rss') return send({ kind: 'rss', rss: process.memoryUsage().rss, peak: sampler.peak() });
    sampler.stop();
    await emulators.close();
    process.exit(0);
  });
  // The parent went away without closing: do not outlive it.
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready', dynamoEndpoint: emulators.dynamoEndpoint, s3Endpoint: emulators.s3Endpoint, sesEndpoint: emulators.sesEndpoint });
}

const childArg = process.argv.indexOf('--emulators-child');
if (childArg !== -1 && process.argv[1] === fileURLToPath(import.meta.url)) await runChild(process.argv[childArg + 1] ?? '{}');
