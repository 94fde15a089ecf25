import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { subscriptionSchema, type Subscription } from '../../model/subscription.ts';
import type { MailRejection, SubscriberRepository } from '../ports.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';
import { queryAll, scanAll } from './query-all.ts';

const key = (subscriberId: string) => ({ pk: `SUB#${subscriberId}`, sk: 'PROFILE' });
const parse = (item: Record<string, unknown>): Subscription => subscriptionSchema.parse(stripKeys(item));

/** Subscriptions: pk=SUB#{id}, sk=PROFILE; index byEmail. */
export class DynamoSubscriberRepository implements SubscriberRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(subscriberId: string): Promise<Subscription | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(subscriberId) }));
    return out.Item ? parse(out.Item) : null;
  }

  async findByEmail(email: string): Promise<Subscription | null> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'byEmail',
      KeyConditionExpression: 'email = :e',
      ExpressionAttributeValues: { ':e': email.toLowerCase() },
    });
    const first = items[0];
    return first ? parse(first) : null;
  }

  async put(subscription: Subscription): Promise<void> {
    const record = subscriptionSchema.parse({ ...subscription, email: subscription.email.toLowerCase() });
    await this.db.send(new PutCommand({ TableName: this.table, Item: { ...key(record.subscriberId), ...record } }));
  }

  async remove(subscriberId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: key(subscriberId) }));
  }

  async listActive(): Promise<Subscription[]> {
    return (await this.listAll()).filter((s) => s.status === 'active');
  }

  async listAll(): Promise<Subscription[]> {
    const items = await scanAll(this.db, {
      TableName: this.table,
      FilterExpression: 'sk = :p',
      ExpressionAttributeValues: { ':p': 'PROFILE' },
    });
    return items.map(parse).sort((a, b) => a.email.localeCompare(b.email));
  }

  async recordRejection(subscriberId: string, rejection: MailRejection, suppress: boolean): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key(subscriberId),
          UpdateExpression: 'SET lastRejection = :r, updatedAt = :at' + (suppress ? ', #s = :bounced' : ''),
          ConditionExpression: suppress ? 'attribute_exists(pk) AND #s = :active' : 'attribute_exists(pk)',
          ...(suppress ? { ExpressionAttributeNames: { '#s': 'status' } } : {}),
          ExpressionAttributeValues: { ':r': rejection, ':at': rejection.at, ...(suppress ? { ':bounced': 'bounced', ':active': 'active' } : {}) },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      // Gone, or no longer active (unsubscribed, bounced already): record the refusal without changing the status.
      if (suppress) await this.recordRejection(subscriberId, rejection, false);
    }
  }
}
