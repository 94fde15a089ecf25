/**
 * One run of the pipeline on a fresh local cloud: two monitoring cycles (the sample site publishes its next
 * issue in between, a day later), each followed by redrive rounds — the clock moves past the mail leases, the
 * dead-letter queues are redriven, every queue drained and the digests run again — as an operator would after
 * a bad hour. With `chaos`, the S3, DynamoDB, SES and SQS ports fail at random (fixed seed), on the Nth
 * call and for a window of calls (an outage, as if the emulator's port were closed), and every stage's messages are delivered twice concurrently (and the scheduled stages run twice at once).
 * The last round runs with faults off (the incident is over), then the state is captured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createDigestHandler } from '../../functions/digest.ts';
import { createExtractHandler } from '../../functions/extract.ts';
import { createFetchHandler } from '../../functions/fetch.ts';
import { createNotifyHandler } from '../../functions/notify.ts';
import { createPlanHandler } from '../../functions/plan.ts';
import { createProcessHandler } from '../../functions/process.ts';
import { adapters } from '../../functions/runtime/runtime.ts';
import { startLocalCloud, type LocalCloud } from '../../infra/local/cloud.ts';
import type { QueueName } from '../../shared/model/messages.ts';
import { subscriptionSchema } from '../../shared/model/subscription.ts';
import { captureState } from './capture-state.ts';
import { ChaosQueue, deliveredTwice } from './chaos-queue.ts';
import type { RunState } from './run-state.ts';
import { failAtRandom, failNth, FaultInjector, outage, rejectRecipients, type FaultRule } from './sdk-faults.ts';

export interface ChaosOptions {
  /** Faults and duplicate deliveries on (false: the fault-free reference run). */
  chaos: boolean;
  seed: number;
  /** Probability that one port call fails. */
  rate: number;
  /** Source ids to keep (default: every source of the sample site). */
  sources?: string[];
  /** Redrive rounds with faults on, after each cycle. */
  rounds?: number;
}

export interface RunResult {
  state: RunState & { sesMails: number };
  faults: number;
  handlerErrors: number;
}

const START = new Date('2026-12-01T01:00:00.000Z'); // 09:00 in Shanghai, a Tuesday
const LEASE_STEP_MS = 16 * 60 * 1000; // past the 15-minute mail lease
const QUEUES: QueueName[] = ['fetch', 'extract', 'process', 'notify'];
/** Refused for good by SES in every run (the reference too): per-recipient isolation under faults. */
const REFUSED = 'chaos-refused@example.com';

/** Subscribers that see everything, so every change is mailed: at once, daily and weekly; one address SES refuses. */
function chaosSubscribers(at: string) {
  const base = { status: 'active', filters: {}, createdAt: at, updatedAt: at };
  return [
    { subscriberId: 'chaos-immediate', email: 'chaos-immediate@example.com', frequency: 'immediate' },
    { subscriberId: 'chaos-refused', email: REFUSED, frequency: 'immediate' },
    { subscriberId: 'chaos-daily', email: 'chaos-daily@example.com', frequency: 'daily' },
    { subscriberId: 'chaos-weekly', email: 'chaos-weekly@example.com', frequency: 'weekly' },
  ].map((s) => subscriptionSchema.parse({ ...base, ...s }));
}

/** A scheduled invocation: retried like the scheduler's retry policy, and (chaos) run twice at once. */
async function scheduled(times: number, fn: () => Promise<unknown>): Promise<void> {
  const once = async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await fn();
        return;
      } catch {
        // retried; after the last attempt the redrive rounds pick it up
      }
    }
  };
  await Promise.all(Array.from({ length: times }, once));
}

async function runStages(cloud: LocalCloud, copies: number, deliver: (h: (e: SQSEvent) => Promise<SQSBatchResponse>) => (e: SQSEvent) => Promise<SQSBatchResponse>): Promise<void> {
  const rt = () => cloud.runtime;
  const handlers = { fetch: createFetchHandler(rt), extract: createExtractHandler(rt, cloud.toolEnv), process: createProcessHandler(rt), notify: createNotifyHandler(rt) };
  for (const q of QUEUES) await cloud.queue.drain(q, deliver(handlers[q]));
  const digest = createDigestHandler(rt);
  const at = cloud.runtime.now().toISOString();
  await scheduled(copies, () => digest({ frequency: 'daily', at }));
  await scheduled(copies, () => digest({ frequency: 'weekly', at }));
}

async function cycle(cloud: LocalCloud, injector: FaultInjector, options: ChaosOptions): Promise<void> {
  const copies = options.chaos ? 2 : 1;
  const deliver = options.chaos ? deliveredTwice : <T>(h: T) => h;
  const plan = createPlanHandler(() => cloud.runtime, { quietDays: 30 });
  await scheduled(copies, () => plan({ all: true }));
  await runStages(cloud, copies, deliver);
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    cloud.setNow(new Date(cloud.runtime.now().getTime() + LEASE_STEP_MS));
    for (const q of QUEUES) cloud.queue.redrive(q);
    await runStages(cloud, copies, deliver);
  }
  // The incident is over: one clean hourly run and redrive, as in the reference.
  injector.pause();
  cloud.setNow(new Date(cloud.runtime.now().getTime() + LEASE_STEP_MS));
  for (const q of QUEUES) cloud.queue.redrive(q);
  await scheduled(1, () => plan({ all: true }));
  await runStages(cloud, 1, deliver);
  injector.resume();
}

export async function chaosRun(options: ChaosOptions): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-chaos-'));
  const cloud = await startLocalCloud({ dir, now: START });
  try {
    const a = adapters(cloud.runtime);
    if (options.sources) for (const s of cloud.site.sources) if (!options.sources.includes(s.id)) await a.sources.remove(s.id);
    for (const s of chaosSubscribers(START.toISOString())) await a.subscribers.put(s);

    const rules: FaultRule[] = [rejectRecipients({ [REFUSED]: 'Email address is not verified. The following identities failed the check in region CN-NORTH-1: {to}' })];
    if (options.chaos) {
      rules.push(
        failNth('dynamodb', 7, 'after'),
        failNth('s3', 3, 'before'),
        failNth('ses', 2, 'before'),
        failNth('sqs', 2, 'after'),
        outage('dynamodb', 200 + (options.seed % 7) * 50, 300),
        outage('s3', 20 + (options.seed % 5) * 5, 200),
        failAtRandom(options.seed, options.rate, ['dynamodb', 's3', 'ses', 'sqs']),
      );
    }
    const injector = new FaultInjector(rules);
    injector.install(cloud.runtime.db, 'dynamodb');
    injector.install(cloud.runtime.s3, 's3');
    injector.install(cloud.runtime.ses, 'ses');
    cloud.runtime.queue = new ChaosQueue(cloud.queue, injector);

    await cycle(cloud, injector, options);
    cloud.site.publishNext();
    cloud.setNow(new Date(START.getTime() + 24 * 3600 * 1000));
    await cycle(cloud, injector, options);

    injector.pause();
    const state = await captureState(cloud);
    return { state, faults: injector.faults, handlerErrors: cloud.queue.handlerErrors.length };
  } finally {
    await cloud.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
