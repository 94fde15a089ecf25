import { SQSClient } from '@aws-sdk/client-sqs';
import type { RuntimeConfig } from '../../../shared/model/runtime-config.ts';
import type { QueuePort } from '../../../shared/store/ports.ts';
import { SqsQueue } from '../../../shared/store/sqs-queue.ts';

/** The three work queues over one SQS client. */
export function sqsQueue(config: RuntimeConfig): QueuePort {
  return new SqsQueue(new SQSClient({}), config.queues);
}
