import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { changeRecordSchema, type ChangeRecord } from '../../model/change.ts';
import type { ChangeLink, ChangeRepository } from '../ports.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';
import { queryAll } from './query-all.ts';

const key = (changeId: string) => ({ pk: `CHANGE#${changeId}`, sk: 'CHANGE' });
const parse = (item: Record<string, unknown>): ChangeRecord => changeRecordSchema.parse(stripKeys(item, ['linkedSources']));

/** Change records (pk=CHANGE#{id}); index byDay (day, createdAt). */
export class DynamoChangeRepository implements ChangeRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(changeId: string): Promise<ChangeRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(changeId) }));
    return out.Item ? parse(out.Item) : null;
  }

  async create(change: ChangeRecord): Promise<boolean> {
    const record = changeRecordSchema.parse(change);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...key(change.changeId), ...record, linkedSources: record.links.map((l) => l.sourceId) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async addLink(changeId: string, link: ChangeLink): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key(changeId),
          UpdateExpression: 'SET links = list_append(links, :link), linkedSources = list_append(linkedSources, :src)',
          ConditionExpression: 'attribute_exists(pk) AND NOT contains(linkedSources, :srcId)',
          ExpressionAttributeValues: { ':link': [link], ':src': [link.sourceId], ':srcId': link.sourceId },
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
    }
  }

  async listByDay(day: string): Promise<ChangeRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'byDay',
      KeyConditionExpression: '#d = :d',
      ExpressionAttributeNames: { '#d': 'day' },
      ExpressionAttributeValues: { ':d': day },
    });
    return items.map(parse);
  }
}
