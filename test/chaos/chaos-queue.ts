import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { QueueName } from '../../shared/model/messages.ts';
import type { QueuePort } from '../../shared/store/ports.ts';
import type { FaultInjector } from './sdk-faults.ts';

/**
 * The SQS port with faults: a send fails before the message is queued (the stage must retry it) or after
 * (the message is queued and the stage, told it failed, may send it again — a duplicate downstream must absorb).
 */
export class ChaosQueue implements QueuePort {
  constructor(
    private readonly inner: QueuePort,
    private readonly injector: FaultInjector,
  ) {}

  async send(queue: QueueName, body: unknown): Promise<void> {
    const decision = this.injector.decide({ port: 'sqs', operation: queue, input: { body } });
    if (decision?.when === 'before') throw decision.error;
    await this.inner.send(queue, body);
    if (decision?.when === 'after') throw decision.error;
  }
}

type BatchHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

/**
 * SQS is at-least-once: every batch goes to two concurrent invocations of the handler. A message counts as
 * failed when either invocation failed it (or threw), so it is delivered yet again.
 */
export function deliveredTwice(handler: BatchHandler): BatchHandler {
  return async (event) => {
    const results = await Promise.allSettled([handler(event), handler(event)]);
    const failed = new Set<string>();
    for (const r of results) {
      if (r.status === 'rejected') for (const rec of event.Records) failed.add(rec.messageId);
      else for (const f of r.value.batchItemFailures) failed.add(f.itemIdentifier);
    }
    return { batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) };
  };
}
