import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { QueueName } from '../../shared/model/messages.ts';
import type { QueuePort } from '../../shared/store/ports.ts';

interface Message {
  messageId: string;
  body: string;
  receiveCount: number;
  sentAt: number;
}

/**
 * The local stand-in for the SQS hand-overs: messages wait in memory and are delivered to the real
 * handlers as real SQS events (batches of up to 10, partial batch failures honoured; a handler that throws
 * fails its whole batch). A message that fails `maxReceiveCount` times moves to the queue's dead-letter
 * list, as the stack's redrive policy does; `redrive` moves them back.
 */
export class LocalQueue implements QueuePort {
  private readonly waiting = new Map<QueueName, Message[]>();
  readonly deadLetters = new Map<QueueName, Message[]>();
  private readonly bodies = new Map<QueueName, string[]>();
  /** Every error a handler threw (its batch was retried), for run summaries and tests. */
  readonly handlerErrors: { queue: QueueName; error: string }[] = [];

  constructor(private readonly maxReceiveCount = 3) {}

  async send(queue: QueueName, body: unknown): Promise<void> {
    const list = this.waiting.get(queue) ?? [];
    list.push({ messageId: randomUUID(), body: JSON.stringify(body), receiveCount: 0, sentAt: Date.now() });
    this.waiting.set(queue, list);
    this.bodies.set(queue, [...(this.bodies.get(queue) ?? []), JSON.stringify(body)]);
  }

  /** Every body ever sent to a queue, in order (for run summaries). */
  log(queue: QueueName): string[] {
    return this.bodies.get(queue) ?? [];
  }

  /** Moves a queue's dead letters back to it (the operator's redrive), receive counts reset; returns how many. */
  redrive(queue: QueueName): number {
    const dead = this.deadLetters.get(queue) ?? [];
    this.deadLetters.delete(queue);
    const list = this.waiting.get(queue) ?? [];
    for (const m of dead) list.push({ ...m, receiveCount: 0 });
    this.waiting.set(queue, list);
    return dead.length;
  }

  /** Takes every waiting message off a queue, in order (a caller that delivers them itself, like the cost bench). */
  take(queue: QueueName): unknown[] {
    const list = this.waiting.get(queue) ?? [];
    this.waiting.set(queue, []);
    return list.map((m) => JSON.parse(m.body) as unknown);
  }

  depth(queue: QueueName): number {
    return this.waiting.get(queue)?.length ?? 0;
  }

  /** Delivers batches until the queue is empty; returns how many messages were delivered successfully. */
  async drain(
    queue: QueueName,
    handler: (event: SQSEvent) => Promise<SQSBatchResponse>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<number> {
    let done = 0;
    for (;;) {
      const list = this.waiting.get(queue) ?? [];
      if (list.length === 0) return done;
      const batch = list.splice(0, 10);
      for (const m of batch) m.receiveCount++;
      const failed = await this.deliver(queue, batch, handler);
      for (const m of batch) {
        if (!failed.has(m.messageId)) {
          done++;
          continue;
        }
        if (m.receiveCount >= this.maxReceiveCount) this.deadLetters.set(queue, [...(this.deadLetters.get(queue) ?? []), m]);
        else list.push(m);
      }
      onProgress?.(done, done + list.length);
    }
  }

  /**
   * One batch to the handler; the ids it reports failed. A handler that throws (or answers something that
   * is not a batch response) fails the whole batch, as SQS does: every message becomes visible again.
   */
  private async deliver(queue: QueueName, batch: Message[], handler: (event: SQSEvent) => Promise<SQSBatchResponse>): Promise<Set<string>> {
    try {
      const response = await handler({ Records: batch.map((m) => toRecord(queue, m)) });
      return new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    } catch (err) {
      this.handlerErrors.push({ queue, error: err instanceof Error ? err.message : String(err) });
      return new Set(batch.map((m) => m.messageId));
    }
  }
}

function toRecord(queue: QueueName, m: Message): SQSRecord {
  return {
    messageId: m.messageId,
    receiptHandle: `local-${m.messageId}-${m.receiveCount}`,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(m.sentAt),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(m.sentAt),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:local:000000000000:gazette-watch-${queue}`,
    awsRegion: 'local',
  };
}
