/**
 * The simulated sources (./simulated-sources.ts) in a child Node process, for the fetch bench (issue 18: the
 * bench measures the product, not its fixture): the site's sockets, parsers and generated bodies live in
 * the child; the parent fetches from it over loopback as from any site.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { sourceSchema, type Source } from '../../../shared/model/source.ts';
import { childExecArgv, closeChild, nextMessage, rssSampler } from '../emulators-process.ts';
import { startSimulatedSources, type SimulatedSourcesOptions } from './simulated-sources.ts';

/** The options of ./simulated-sources.ts with the issue counts as a list (a function does not cross processes). */
export type ChildSimulatedSourcesOptions = Omit<SimulatedSourcesOptions, 'issuesOf'> & { issuesPerSource: number[] };

export interface ChildSimulatedSources {
  hosts: string[];
  sources: Source[];
  /** Requests answered so far (all paths, robots.txt included). */
  requests(): Promise<number>;
  publish(n: number): Promise<void>;
  setLatency(ms: number): Promise<void>;
  /** The child's resident set now and its peak since it started (bytes). */
  memory(): Promise<{ rss: number; peak: number }>;
  close(): Promise<void>;
}

const optionsSchema = z.object({
  sources: z.number().int().positive(),
  hosts: z.number().int().positive(),
  issuesPerSource: z.array(z.number().int().nonnegative()),
  issueBytes: z.number().int().positive(),
  latencyMs: z.number().nonnegative().optional(),
  minIntervalMs: z.number().nonnegative(),
});
const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('requests') }),
  z.object({ kind: z.literal('memory') }),
  z.object({ kind: z.literal('publish'), n: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('latency'), ms: z.number().nonnegative() }),
  z.object({ kind: z.literal('close') }),
]);
const readySchema = z.object({ kind: z.literal('ready'), hosts: z.array(z.string()), sources: z.array(z.unknown()) });
const answerSchema = z.object({ kind: z.literal('answer'), requests: z.number(), rss: z.number(), peak: z.number() });

export async function startSimulatedSourcesInChild(options: ChildSimulatedSourcesOptions): Promise<ChildSimulatedSources> {
  const child = fork(fileURLToPath(import.meta.url), ['--simulated-sources-child', JSON.stringify(optionsSchema.parse(options))], {
    execArgv: childExecArgv(),
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, readySchema);
  const ask = async (request: z.infer<typeof requestSchema>) => {
    const answer = nextMessage(child, answerSchema);
    child.send(request);
    return answer;
  };
  return {
    hosts: ready.hosts,
    sources: ready.sources.map((s) => sourceSchema.parse(s)),
    requests: async () => (await ask({ kind: 'requests' })).requests,
    publish: async (n) => void (await ask({ kind: 'publish', n })),
    setLatency: async (ms) => void (await ask({ kind: 'latency', ms })),
    memory: async () => {
      const { rss, peak } = await ask({ kind: 'memory' });
      return { rss, peak };
    },
    close: () => closeChild(child),
  };
}

async function runChild(raw: string): Promise<void> {
  const { issuesPerSource, ...options } = optionsSchema.parse(JSON.parse(raw));
  const site = await startSimulatedSources({ ...options, issuesOf: (n) => issuesPerSource[n] ?? 0 });
  const sampler = rssSampler();
  const send = (m: unknown) => process.send?.(m);
  process.on('message', async (m: unknown) => {
    const request = requestSchema.safeParse(m);
    if (!request.success) return;
    const r = request.data;
    if (r.kind === 'close') {
      sampler.stop();
      await site.close();
      process.exit(0);
    }
    if (r.kind === 'publish') site.publish(r.n);
    if (r.kind === 'latency') site.setLatency(r.ms);
    send({ kind: 'answer', requests: site.requests, rss: process.memoryUsage().rss, peak: sampler.peak() });
  });
  process.on('disconnect', () => process.exit(0));
  send({ kind: 'ready', hosts: site.hosts, sources: site.sources });
}

const childArg = process.argv.indexOf('--simulated-sources-child');
if (childArg !== -1 && process.argv[1] === fileURLToPath(import.meta.url)) await runChild(process.argv[childArg + 1] ?? '{}');
