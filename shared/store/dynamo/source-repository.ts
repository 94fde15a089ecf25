import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { sourceSchema, type Source } from '../../model/source.ts';
import { emptyHealth, type SourceHealth, type SourceRepository } from '../ports.ts';
import { batchGetAll } from './batch-get.ts';
import { scanAll } from './query-all.ts';
import { lazySchema } from '../../model/lazy-schema.ts';

const healthSchema = lazySchema(() => z.object({
  sourceId: z.string(),
  lastCheckedAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastNewIssueAt: z.string().nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  indexEtag: z.string().nullable(),
  indexLastModified: z.string().nullable(),
  verification: z.object({ at: z.string(), ok: z.boolean(), issues: z.number().int().nonnegative(), error: z.string().nullable() }).optional(),
  slowLinks: z.array(z.object({ url: z.string(), reason: z.string(), at: z.string() })).optional(),
  recentIssues: z
    .array(z.object({ issueId: z.string().min(1), firstSeenAt: z.string(), state: z.enum(['handed-over', 'awaiting', 'settled']), at: z.string() }))
    .optional(),
}));

const key = (sourceId: string, sk: 'DEF' | 'HEALTH') => ({ pk: `SOURCE#${sourceId}`, sk });

/** Source definitions (sk=DEF) and their health (sk=HEALTH) in the sources table. */
export class DynamoSourceRepository implements SourceRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async list(): Promise<Source[]> {
    const items = await scanAll(this.db, {
      TableName: this.table,
      FilterExpression: 'sk = :def',
      ExpressionAttributeValues: { ':def': 'DEF' },
    });
    return items.map((i) => sourceSchema.parse(i.source)).sort((a, b) => a.id.localeCompare(b.id));
  }

  async get(sourceId: string): Promise<Source | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(sourceId, 'DEF') }));
    return out.Item ? sourceSchema.parse(out.Item.source) : null;
  }

  async put(source: Source): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: { ...key(source.id, 'DEF'), source: sourceSchema.parse(source) } }));
  }

  async remove(sourceId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: key(sourceId, 'DEF') }));
  }

  /**
   * Definitions and health of several sources in one batched read (a fetch message's sources): each id that
   * has a definition, with its health (empty when never checked).
   */
  async getWithHealth(sourceIds: string[]): Promise<{ source: Source; health: SourceHealth }[]> {
    const ids = [...new Set(sourceIds)];
    const items = await batchGetAll(this.db, this.table, ids.flatMap((id) => [key(id, 'DEF'), key(id, 'HEALTH')]));
    const defs = new Map<string, Source>();
    const healths = new Map<string, SourceHealth>();
    for (const item of items) {
      if (item.sk === 'DEF') {
        const source = sourceSchema.parse(item.source);
        defs.set(source.id, source);
      } else if (item.sk === 'HEALTH') {
        const health = healthSchema.parse(item.health);
        healths.set(health.sourceId, health);
      }
    }
    return ids.flatMap((id) => {
      const source = defs.get(id);
      return source ? [{ source, health: healths.get(id) ?? emptyHealth(id) }] : [];
    });
  }

  async getHealth(sourceId: string): Promise<SourceHealth> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(sourceId, 'HEALTH') }));
    if (!out.Item) return emptyHealth(sourceId);
    return healthSchema.parse(out.Item.health);
  }

  async putHealth(health: SourceHealth): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: { ...key(health.sourceId, 'HEALTH'), health: healthSchema.parse(health) } }));
  }
}
