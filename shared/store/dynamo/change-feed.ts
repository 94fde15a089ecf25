/**
 * The change feed over the changes table's byDay index (day, createdAt): each day's changes in time order,
 * resumed inside a day from DynamoDB's own LastEvaluatedKey (exact even when two changes share a createdAt).
 * Every item read is consumed (kept or filtered out), so a resume point never skips one.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { changeRecordSchema, type ChangeRecord } from '../../model/change.ts';
import { nextDay, type ChangeFeedPage, type ChangeFeedReader, type FeedPosition, type FeedReadOptions } from '../change-feed.ts';
import { stripKeys } from './conditional.ts';
import { lazySchema } from '../../model/lazy-schema.ts';

const resumeKeySchema = lazySchema(() => z.object({ pk: z.string(), sk: z.string(), day: z.string(), createdAt: z.string() }));

export class DynamoChangeFeed implements ChangeFeedReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async read(from: FeedPosition, options: FeedReadOptions): Promise<ChangeFeedPage> {
    const changes: ChangeRecord[] = [];
    let position: FeedPosition = from;
    for (let requests = 0; requests < options.maxRequests; requests++) {
      if (position.day > options.lastDay) return { changes, next: null };
      const start = position.after === null ? undefined : resumeKeySchema.parse(JSON.parse(position.after));
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'byDay',
          KeyConditionExpression: '#d = :d',
          ExpressionAttributeNames: { '#d': 'day' },
          ExpressionAttributeValues: { ':d': position.day },
          ExclusiveStartKey: start,
          Limit: options.limit - changes.length,
        }),
      );
      for (const item of out.Items ?? []) {
        const change = changeRecordSchema.parse(stripKeys(item, ['linkedSources']));
        if (options.keep(change)) changes.push(change);
      }
      const last = out.LastEvaluatedKey;
      position = last ? { day: position.day, after: JSON.stringify(resumeKeySchema.parse(last)) } : { day: nextDay(position.day), after: null };
      if (changes.length >= options.limit) return { changes, next: position.day > options.lastDay ? null : position };
    }
    return { changes, next: position.day > options.lastDay ? null : position };
  }
}
