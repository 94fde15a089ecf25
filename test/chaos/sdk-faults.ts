/**
 * Fault injection at the SDK ports of the local cloud: a middleware on a real client (DynamoDB, S3, SES)
 * that fails a call before it is sent ("the request never arrived") or after the emulator applied it ("the
 * answer was lost"), on the Nth call and at random with a fixed seed. It sits in the initialize step, outside
 * the SDK's own retries, so the stages see every fault.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { seededRandom } from '../../shared/util/seeded-random.ts';

type SdkClient = DynamoDBDocumentClient | S3Client | SESClient;

export type Port = 'dynamodb' | 's3' | 'ses' | 'sqs';
export type FaultWhen = 'before' | 'after';

export interface Call {
  port: Port;
  /** e.g. PutItemCommand, GetObjectCommand, SendRawEmailCommand, or the queue name for SQS. */
  operation: string;
  input: Record<string, unknown>;
}

export interface FaultDecision {
  when: FaultWhen;
  error: Error;
  /** Part of the scenario (a permanent refusal the reference run sees too), not counted as a fault. */
  scenario?: boolean;
}

/** Decides, call by call, whether to fail. */
export type FaultRule = (call: Call, n: number) => FaultDecision | null;

/** A transient service error as the SDK would surface it (5xx, retryable). */
export function serviceError(port: Port, operation: string, when: FaultWhen): Error {
  const err = new Error(`chaos: ${port} ${operation} failed ${when === 'before' ? 'before it was sent' : 'after it was applied'}`);
  err.name = port === 'ses' ? 'ServiceUnavailable' : port === 'dynamodb' ? 'InternalServerError' : 'InternalError';
  Object.assign(err, { $metadata: { httpStatusCode: 500 }, $fault: 'server', chaos: true });
  return err;
}

export class FaultInjector {
  readonly calls = new Map<Port, number>();
  readonly injected: { port: Port; operation: string; when: FaultWhen; scenario: boolean }[] = [];
  private enabled = true;

  constructor(private readonly rules: FaultRule[]) {}

  /** Faults injected (scenario refusals not counted). */
  get faults(): number {
    return this.injected.filter((f) => !f.scenario).length;
  }

  /** Faults off (a clean redrive pass, or reading the final state). */
  pause(): void {
    this.enabled = false;
  }

  resume(): void {
    this.enabled = true;
  }

  decide(call: Call): FaultDecision | null {
    const n = (this.calls.get(call.port) ?? 0) + 1;
    this.calls.set(call.port, n);
    for (const rule of this.rules) {
      const d = rule(call, n);
      if (d && (this.enabled || d.scenario)) {
        this.injected.push({ port: call.port, operation: call.operation, when: d.when, scenario: d.scenario === true });
        return d;
      }
    }
    return null;
  }

  /** Installs the injector on a real SDK client (once per client and port). */
  install(client: SdkClient, port: Port): void {
    (client as DynamoDBDocumentClient).middlewareStack.add(
      (next, context) => async (args) => {
        const operation = String((context as { commandName?: string }).commandName ?? 'unknown');
        const decision = this.decide({ port, operation, input: (args.input ?? {}) as Record<string, unknown> });
        if (decision?.when === 'before') throw decision.error;
        const out = await next(args);
        if (decision?.when === 'after') throw decision.error;
        return out;
      },
      { step: 'initialize', name: `gazetteWatchChaos-${port}`, override: true },
    );
  }
}

/** Fails the Nth call of a port (1-based), optionally only for some operations. */
export const failNth = (port: Port, nth: number, when: FaultWhen, operations?: string[]): FaultRule => (call, n) =>
  call.port === port && n === nth && (!operations || operations.includes(call.operation)) ? { when, error: serviceError(port, call.operation, when) } : null;

/**
 * An outage: from a port's `from`-th call, every call of that port fails before it is sent for `durationMs`
 * of wall time — what the stages see when an emulator's port is closed (connection refused) for a while,
 * without closing the real one.
 */
export function outage(port: Port, from: number, durationMs: number, clock: () => number = () => performance.now()): FaultRule {
  let startedAt: number | null = null;
  return (call, n) => {
    if (call.port !== port || n < from) return null;
    startedAt ??= clock();
    if (clock() - startedAt >= durationMs) return null;
    const err = new Error(`chaos: connect ECONNREFUSED (${port} port closed)`);
    Object.assign(err, { code: 'ECONNREFUSED', $metadata: {} });
    return { when: 'before', error: err };
  };
}

/** Fails calls at random with probability `rate` (fixed seed); SES only before sending (see docs/OPERATIONS.md). */
export function failAtRandom(seed: number, rate: number, ports: Port[]): FaultRule {
  const random = seededRandom(seed);
  return (call) => {
    if (!ports.includes(call.port)) return null;
    if (random() >= rate) return null;
    const when: FaultWhen = call.port === 'ses' || random() < 0.5 ? 'before' : 'after';
    return { when, error: serviceError(call.port, call.operation, when) };
  };
}

/** SES refuses these recipients for good, as the sandbox or the suppression list does (MessageRejected). */
export function rejectRecipients(rejections: Record<string, string>): FaultRule {
  const lower = Object.fromEntries(Object.entries(rejections).map(([k, v]) => [k.toLowerCase(), v]));
  return (call) => {
    if (call.port !== 'ses' || call.operation !== 'SendRawEmailCommand') return null;
    const to = (call.input.Destinations as string[] | undefined)?.map((d) => d.toLowerCase()) ?? [];
    const hit = to.find((d) => lower[d] !== undefined);
    if (!hit) return null;
    const err = new Error(lower[hit]?.replace('{to}', hit) ?? 'rejected');
    err.name = 'MessageRejected';
    Object.assign(err, { $metadata: { httpStatusCode: 400 }, $fault: 'client' });
    return { when: 'before', error: err, scenario: true };
  };
}
