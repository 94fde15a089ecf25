import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Frequency } from '../../model/subscription.ts';
import type { Claim, ClaimRequest, DeliveryRecord, DeliveryRepository } from '../ports.ts';
import { isConditionFailure } from './conditional.ts';
import { queryAll } from './query-all.ts';
import { lazySchema } from '../../model/lazy-schema.ts';

type DigestFrequency = Exclude<Frequency, 'immediate'>;
const NINETY_DAYS_S = 90 * 24 * 3600;
const expiresAt = (at: string) => Math.floor(Date.parse(at) / 1000) + NINETY_DAYS_S;

const deliveryItemSchema = lazySchema(() => z.object({
  sk: z.string(),
  state: z.enum(['sending', 'sent', 'rejected']),
  messageId: z.string().default(''),
  covers: z.array(z.string()).default([]),
  leaseOwner: z.string().nullable().optional(),
  leaseUntil: z.string().nullable().optional(),
  takeovers: z.number().int().nonnegative().default(0),
  sesMessageId: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
}));

const toRecord = (subscriberId: string, item: Record<string, unknown>): DeliveryRecord => {
  const i = deliveryItemSchema.parse(item);
  return {
    subscriberId,
    deliveryKey: i.sk.slice('DELIVERY#'.length),
    state: i.state,
    messageId: i.messageId,
    covers: i.covers,
    leaseOwner: i.leaseOwner ?? null,
    leaseUntil: i.leaseUntil ?? null,
    takeovers: i.takeovers,
    sesMessageId: i.sesMessageId ?? null,
    reason: i.reason ?? null,
  };
};

/**
 * Deliveries: pk=SUB#{subscriberId}; sk=PENDING#{changeId} (queued for a digest, indexed by
 * pendingFrequency) and sk=DELIVERY#{key} (one mail: a digest period or an alert) holding a lease
 * (owner + expiry) while it is being sent, then its outcome. Conditional writes only: the local
 * DynamoDB has no transactions and no streams.
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

  async claim(r: ClaimRequest): Promise<Claim> {
    const Key = { pk: `SUB#${r.subscriberId}`, sk: `DELIVERY#${r.deliveryKey}` };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...Key,
            state: 'sending',
            messageId: r.messageId,
            covers: r.covers,
            leaseOwner: r.owner,
            leaseUntil: r.leaseUntil,
            takeovers: 0,
            claimedAt: r.at,
            expiresAt: expiresAt(r.at),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { kind: 'claimed', messageId: r.messageId, covers: r.covers, takeover: false };
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
    try {
      // Take over a lease that has run out (its owner crashed or gave up), keeping the mail's identity.
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key,
          UpdateExpression: 'SET leaseOwner = :o, leaseUntil = :u, takeovers = if_not_exists(takeovers, :zero) + :one, claimedAt = :at',
          ConditionExpression: '#s = :sending AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :at)',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':o': r.owner, ':u': r.leaseUntil, ':at': r.at, ':sending': 'sending', ':zero': 0, ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const stored = toRecord(r.subscriberId, out.Attributes ?? {});
      return { kind: 'claimed', messageId: stored.messageId || r.messageId, covers: stored.covers, takeover: true };
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key, ConsistentRead: true }));
    if (!out.Item) throw new Error(`delivery ${r.deliveryKey} of ${r.subscriberId} vanished while being claimed`);
    const stored = toRecord(r.subscriberId, out.Item);
    if (stored.state !== 'sending') return { kind: 'done', state: stored.state };
    return { kind: 'busy', leaseUntil: stored.leaseUntil ?? r.at };
  }

  /** Moves a delivery held by `owner` to its outcome; false when the lease is no longer theirs. */
  private async finish(subscriberId: string, deliveryKey: string, owner: string, at: string, set: Record<string, unknown>): Promise<boolean> {
    const names = Object.keys(set);
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `SUB#${subscriberId}`, sk: `DELIVERY#${deliveryKey}` },
          UpdateExpression: `SET ${names.map((n, i) => `#f${i} = :v${i}`).join(', ')}, finishedAt = :at, expiresAt = :exp REMOVE leaseOwner, leaseUntil`,
          ConditionExpression: 'leaseOwner = :o AND #s = :sending',
          ExpressionAttributeNames: { '#s': 'state', ...Object.fromEntries(names.map((n, i) => [`#f${i}`, n])) },
          ExpressionAttributeValues: {
            ':o': owner,
            ':sending': 'sending',
            ':at': at,
            ':exp': expiresAt(at),
            ...Object.fromEntries(names.map((n, i) => [`:v${i}`, set[n]])),
          },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  markSent(subscriberId: string, deliveryKey: string, owner: string, sesMessageId: string, at: string): Promise<boolean> {
    return this.finish(subscriberId, deliveryKey, owner, at, { state: 'sent', sesMessageId, sentAt: at });
  }

  markRejected(subscriberId: string, deliveryKey: string, owner: string, reason: string, at: string): Promise<boolean> {
    return this.finish(subscriberId, deliveryKey, owner, at, { state: 'rejected', reason });
  }

  async release(subscriberId: string, deliveryKey: string, owner: string, at: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `SUB#${subscriberId}`, sk: `DELIVERY#${deliveryKey}` },
          UpdateExpression: 'SET leaseUntil = :at',
          ConditionExpression: 'leaseOwner = :o AND #s = :sending',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':o': owner, ':sending': 'sending', ':at': at },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  async listDeliveries(subscriberId: string, keyPrefix: string): Promise<DeliveryRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `SUB#${subscriberId}`, ':prefix': `DELIVERY#${keyPrefix}` },
      ConsistentRead: true,
    });
    return items.map((i) => toRecord(subscriberId, i));
  }
}
