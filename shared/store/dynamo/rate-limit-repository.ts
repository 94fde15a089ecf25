import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RateLimitHit, RateLimitRepository } from '../../subscribe/ports.ts';
import { retryAfterSeconds, windowEnd, windowNumber } from '../../subscribe/rate-limit.ts';
import { isConditionFailure } from './conditional.ts';

/** Windows are kept a little past their end (TTL is lazy anyway), then DynamoDB deletes them. */
const TTL_SLACK_S = 300;

/**
 * Fixed-window counters in the deliveries table: pk=RATE#{key}, sk=WINDOW#{n}, `hits` counted with a
 * conditional ADD (never past the limit, however many requests race), `expiresAt` epoch seconds for TTL.
 */
export class DynamoRateLimitRepository implements RateLimitRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async hit(key: string, limit: number, windowSeconds: number, now: Date): Promise<RateLimitHit> {
    const n = windowNumber(now, windowSeconds);
    const retryAfter = retryAfterSeconds(now, windowSeconds);
    if (limit <= 0) return { allowed: false, count: 0, retryAfterSeconds: retryAfter };
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `RATE#${key}`, sk: `WINDOW#${n}` },
          UpdateExpression: 'ADD #hits :one SET #exp = :exp',
          ConditionExpression: 'attribute_not_exists(#hits) OR #hits < :limit',
          ExpressionAttributeNames: { '#hits': 'hits', '#exp': 'expiresAt' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':exp': windowEnd(n, windowSeconds) + TTL_SLACK_S },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { allowed: true, count: Number(out.Attributes?.hits ?? 1), retryAfterSeconds: retryAfter };
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      return { allowed: false, count: limit, retryAfterSeconds: retryAfter };
    }
  }
}
