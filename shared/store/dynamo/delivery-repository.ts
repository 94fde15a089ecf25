import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Frequency } from '../../model/subscription.ts';
import type { DeliveryRepository } from '../ports.ts';
import { isConditionFailure } from './conditional.ts';
import { queryAll } from './query-all.ts';

type DigestFrequency = Exclude<Frequency, 'immediate'>;
const NINETY_DAYS_S = 90 * 24 * 3600;

/**
 * Deliveries: pk=SUB#{subscriberId}; sk=PENDING#{changeId} (queued for a digest, indexed by
 * pendingFrequency) and sk=DELIVERY#{key} (a claimed or sent mail: a digest period or an alert).
 */
export class DynamoDeliveryRepository implements DeliveryRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async queue(subscriberId: string, changeId: string, frequency: DigestFrequency, queuedAt: string): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `SUB#${subscriberId}`, sk: `PENDING#${changeId}`, subscriberId, changeId, pendingFrequency: frequency, queuedAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  async listPending(frequency: DigestFrequency): Promise<{ subscriberId: string; changeId: string }[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'pendingByFrequency',
      KeyConditionExpression: 'pendingFrequency = :f',
      ExpressionAttributeValues: { ':f': frequency },
    });
    return items.map((i) => ({ subscriberId: String(i.subscriberId), changeId: String(i.changeId) }));
  }

  async removePending(subscriberId: string, changeId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: { pk: `SUB#${subscriberId}`, sk: `PENDING#${changeId}` } }));
  }

  async claim(subscriberId: string, deliveryKey: string, at: string): Promise<'claimed' | 'sent'> {
    const Key = { pk: `SUB#${subscriberId}`, sk: `DELIVERY#${deliveryKey}` };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...Key, state: 'sending', claimedAt: at, expiresAt: Math.floor(Date.parse(at) / 1000) + NINETY_DAYS_S },
          ConditionExpression: 'attribute_not_exists(pk) OR #s = :sending',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending' },
        }),
      );
      return 'claimed';
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const out = await this.db.send(new GetCommand({ TableName: this.table, Key }));
      if (out.Item?.state === 'sent') return 'sent';
      throw err;
    }
  }

  async markSent(subscriberId: string, deliveryKey: string, messageId: string, at: string): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: `SUB#${subscriberId}`,
          sk: `DELIVERY#${deliveryKey}`,
          state: 'sent',
          messageId,
          sentAt: at,
          expiresAt: Math.floor(Date.parse(at) / 1000) + NINETY_DAYS_S,
        },
      }),
    );
  }
}
