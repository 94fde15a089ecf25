import type { SQSEvent } from 'aws-lambda';
import type { LocalBackend } from '../../infra/local/backend.ts';
import { fetchMessageSchema, type FetchMessage } from '../../shared/model/messages.ts';
import type { Source } from '../../shared/model/source.ts';
import { planFetchMessages } from '../../shared/stages/fetch-batches.ts';

const eventOf = (message: FetchMessage, n: number): SQSEvent => ({ Records: [{ messageId: `m${n}`, body: JSON.stringify(message) }] }) as unknown as SQSEvent;

export interface Delivered {
  /** The sum of the invocations' durations: what Lambda bills. */
  billedMs: number;
  invocations: number;
  failed: number;
  /** The messages in delivery order (wave by wave). */
  messages: FetchMessage[];
  /** Of those, the follow-ups (re-checks left for later): their invocations and billed ms. */
  followUps: { invocations: number; billedMs: number };
}

type FetchHandler = (event: SQSEvent) => Promise<{ batchItemFailures: unknown[] }>;

/**
 * plan's messages (shared/stages/fetch-batches.ts) delivered wave by wave — a wave being the messages of one
 * queue delay — to `workers` concurrent "containers", one message per invocation as the stack's batch size is.
 * Each wave gets fresh containers: on SQS its delay (≥ 60 s) has passed, so no container's pacer still holds
 * the host. The fetch handler is passed in (its module reads the log settings when it loads).
 */
export async function deliverPlanned(backend: LocalBackend, sources: Source[], createHandler: () => FetchHandler, workers = 10): Promise<Delivered> {
  const planned = planFetchMessages(sources, backend.runtime.now().toISOString());
  const waves = new Map<number, FetchMessage[]>();
  for (const p of planned) waves.set(p.delaySeconds, [...(waves.get(p.delaySeconds) ?? []), p.message]);
  let billedMs = 0;
  let failed = 0;
  let n = 0;
  const messages: FetchMessage[] = [];
  const planWaves = [...waves.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
  // Then the follow-ups the runs sent (re-checks left for later: shared/stages/fetch-follow-up.ts), wave by
  // wave as they come, each after its delay, so again in fresh containers.
  const followUps = { invocations: 0, billedMs: 0 };
  let inFollowUps = false;
  const nextWave = (): FetchMessage[] => {
    const planned = planWaves.shift();
    if (planned) return planned;
    inFollowUps = true;
    return backend.queue.take('fetch').map((b) => fetchMessageSchema.parse(b));
  };
  for (let wave = nextWave(); wave.length > 0; wave = nextWave()) {
    messages.push(...wave);
    if (inFollowUps) followUps.invocations += wave.length;
    const queue = [...wave];
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const handler = createHandler();
        for (let m = queue.shift(); m; m = queue.shift()) {
          const t0 = performance.now();
          const out = await handler(eventOf(m, n++));
          const ms = performance.now() - t0;
          billedMs += ms;
          if (inFollowUps) followUps.billedMs += ms;
          failed += out.batchItemFailures.length;
        }
      }),
    );
  }
  return { billedMs, invocations: messages.length, failed, messages, followUps };
}
