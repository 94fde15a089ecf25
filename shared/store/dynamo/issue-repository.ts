import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { issueRecordSchema, type IssueRecord } from '../../model/issue.ts';
import type { IssueRepository } from '../ports.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';
import { queryAll } from './query-all.ts';

const key = (sourceId: string, issueId: string) => ({ pk: `SOURCE#${sourceId}`, sk: `ISSUE#${issueId}` });
const parse = (item: Record<string, unknown>): IssueRecord => issueRecordSchema.parse(stripKeys(item));

/** Issue records: pk=SOURCE#{sourceId}, sk=ISSUE#{issueId}; index byStatus. */
export class DynamoIssueRepository implements IssueRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(sourceId: string, issueId: string): Promise<IssueRecord | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(sourceId, issueId) }));
    return out.Item ? parse(out.Item) : null;
  }

  async create(record: IssueRecord): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...key(record.sourceId, record.issueId), ...issueRecordSchema.parse(record) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async replace(record: IssueRecord, expectedSha256: string): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...key(record.sourceId, record.issueId), ...issueRecordSchema.parse(record) },
          ConditionExpression: 'sha256 = :expected',
          ExpressionAttributeValues: { ':expected': expectedSha256 },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async update(record: IssueRecord): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.table, Item: { ...key(record.sourceId, record.issueId), ...issueRecordSchema.parse(record) } }),
    );
  }

  async getMany(sourceId: string, issueIds: string[]): Promise<IssueRecord[]> {
    const ids = [...new Set(issueIds)];
    if (ids.length === 0) return [];
    return (await batchGetAll(this.db, this.table, ids.map((id) => key(sourceId, id)))).map(parse);
  }

  async listBySource(sourceId: string): Promise<IssueRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `SOURCE#${sourceId}` },
    });
    return items.map(parse);
  }

  async listByStatus(status: IssueRecord['status']): Promise<IssueRecord[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      IndexName: 'byStatus',
      KeyConditionExpression: '#s = :s',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': status },
    });
    return items.map(parse);
  }
}
