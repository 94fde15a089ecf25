import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueueName } from '../model/messages.ts';
import type { QueuePort, SendOptions } from './ports.ts';

/** QueuePort over SQS: one queue URL per stage hand-over. */
export class SqsQueue implements QueuePort {
  constructor(
    private readonly sqs: SQSClient,
    private readonly urls: Record<QueueName, string>,
  ) {}

  async send(queue: QueueName, body: unknown, options: SendOptions = {}): Promise<void> {
    const delay = options.delaySeconds === undefined ? {} : { DelaySeconds: Math.max(0, Math.min(900, Math.round(options.delaySeconds))) };
    await this.sqs.send(new SendMessageCommand({ QueueUrl: this.urls[queue], MessageBody: JSON.stringify(body), ...delay }));
  }
}
