import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueueName } from '../model/messages.ts';
import type { QueuePort } from './ports.ts';

/** QueuePort over SQS: one queue URL per stage hand-over. */
export class SqsQueue implements QueuePort {
  constructor(
    private readonly sqs: SQSClient,
    private readonly urls: Record<QueueName, string>,
  ) {}

  async send(queue: QueueName, body: unknown): Promise<void> {
    await this.sqs.send(new SendMessageCommand({ QueueUrl: this.urls[queue], MessageBody: JSON.stringify(body) }));
  }
}
