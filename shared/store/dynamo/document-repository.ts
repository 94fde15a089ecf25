import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentAppearanceSchema } from '../../model/appearance.ts';
import * as z from 'zod';
import type { DocumentAppearance, DocumentHead, DocumentRepository, DocumentVersion } from '../ports.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';
import { queryAll } from './query-all.ts';

const headSchema = z.object({
  documentKey: z.string(),
  label: z.string(),
  version: z.number().int().positive(),
  hash: z.string(),
  textKey: z.string(),
  changeId: z.string(),
  updatedAt: z.string(),
});
const versionSchema = z.object({
  documentKey: z.string(),
  version: z.number().int().positive(),
  hash: z.string(),
  textKey: z.string(),
  changeId: z.string(),
  sourceId: z.string(),
  issueId: z.string(),
  createdAt: z.string(),
});
const appearanceSchema = documentAppearanceSchema;

const aliasSchema = z.object({ documentKey: z.string().min(1) });

const pk = (documentKey: string) => `DOC#${documentKey}`;
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;

/** Documents table: HEAD, V#{n} and SEEN#… items under pk=DOC#{documentKey}; ALIAS under pk=DOC#{identity key}. */
export class DynamoDocumentRepository implements DocumentRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getHead(documentKey: string): Promise<DocumentHead | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: pk(documentKey), sk: 'HEAD' } }));
    return out.Item ? headSchema.parse(stripKeys(out.Item)) : null;
  }

  async putHead(head: DocumentHead, expectedVersion: number | null): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: pk(head.documentKey), sk: 'HEAD', ...headSchema.parse(head) },
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async getVersion(documentKey: string, version: number): Promise<DocumentVersion | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: pk(documentKey), sk: versionSk(version) } }),
    );
    return out.Item ? versionSchema.parse(stripKeys(out.Item)) : null;
  }

  async createVersion(version: DocumentVersion): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: pk(version.documentKey), sk: versionSk(version.version), ...versionSchema.parse(version) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async recordAppearance(a: DocumentAppearance): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: pk(a.documentKey), sk: `SEEN#${a.sourceId}#${a.issueId}#${a.index}`, ...appearanceSchema.parse(a) },
      }),
    );
  }

  async getAlias(aliasKey: string): Promise<string | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: pk(aliasKey), sk: 'ALIAS' } }));
    return out.Item ? aliasSchema.parse(out.Item).documentKey : null;
  }

  async claimAlias(aliasKey: string, documentKey: string): Promise<string> {
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: { pk: pk(aliasKey), sk: 'ALIAS', documentKey }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return documentKey;
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      return (await this.getAlias(aliasKey)) ?? documentKey;
    }
  }

  async listAppearances(documentKey: string): Promise<DocumentAppearance[]> {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :seen)',
      ExpressionAttributeValues: { ':pk': pk(documentKey), ':seen': 'SEEN#' },
    });
    return items.map((i) => appearanceSchema.parse(stripKeys(i)));
  }
}
