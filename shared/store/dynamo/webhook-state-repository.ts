import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { subscriptionSchema } from '../../model/subscription.ts';
import type { WebhookStateStore } from '../../webhooks/ports.ts';
import { storedWebhookSchema, type StoredWebhook } from '../../webhooks/schema.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';

const key = (subscriberId: string) => ({ pk: `SUB#${subscriberId}`, sk: 'PROFILE' });
const ATTEMPTS = 5;

/**
 * A webhook's health on the subscriber profile (pk=SUB#{id}, sk=PROFILE): read, change one entry of the
 * `webhooks` list, write the list back only if the profile's updatedAt and its webhooksRev counter are still
 * the ones read (optimistic concurrency: a preference change or another webhook's update in between is kept
 * and this update re-applied on top of it).
 */
export class DynamoWebhookStateRepository implements WebhookStateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async update(subscriberId: string, webhookId: string, change: (webhook: StoredWebhook) => StoredWebhook): Promise<StoredWebhook | null> {
    for (let attempt = 1; ; attempt++) {
      const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(subscriberId), ConsistentRead: true }));
      if (!out.Item) return null;
      const profile = subscriptionSchema.parse(stripKeys(out.Item));
      const rev = typeof out.Item.webhooksRev === 'number' ? out.Item.webhooksRev : 0;
      const hooks = profile.webhooks ?? [];
      const index = hooks.findIndex((w) => w.id === webhookId);
      if (index < 0) return null;
      const next = storedWebhookSchema.parse(change(hooks[index]!));
      const list = hooks.map((w, i) => (i === index ? next : w));
      try {
        await this.db.send(
          new UpdateCommand({
            TableName: this.table,
            Key: key(subscriberId),
            UpdateExpression: 'SET webhooks = :list, webhooksRev = :next',
            ConditionExpression: 'updatedAt = :seen AND (attribute_not_exists(webhooksRev) OR webhooksRev = :rev)',
            ExpressionAttributeValues: { ':list': list, ':seen': profile.updatedAt, ':rev': rev, ':next': rev + 1 },
          }),
        );
        return next;
      } catch (err) {
        if (!isConditionFailure(err) || attempt >= ATTEMPTS) throw err;
      }
    }
  }
}
