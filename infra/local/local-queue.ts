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
 * handlers as real SQS events (batches of up to 10, partial batch failures honoured). A message that
 * fails `maxReceiveCount` times moves to the queue's dead-letter list, as the stack's redrive policy does.
 */
export class LocalQueue implements QueuePort {
  private readonly waiting = new Map<QueueName, Message[]>();
  readonly deadLetters = new Map<QueueName, Message[]>();
  private readonly bodies = new Map<QueueName, string[]>();

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
      const response = await handler({ Records: batch.map((m) => toRecord(queue, m)) });
      const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
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
