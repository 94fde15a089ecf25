import { CreateTableCommand, ListTablesCommand, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableDefinitions, tableIds, type TableDefinition, type TableId } from '../../shared/store/tables.ts';

/** The local name of a table (the CDK stack lets CloudFormation name them). */
export const localTableName = (id: TableId): string => `gw-local-${id}`;

/** CreateTable input for one definition: the same keys and indexes the stack declares. */
export function createTableInput(def: TableDefinition, tableName: string): CreateTableCommandInput {
  const attributes = new Map<string, 'S' | 'N'>();
  for (const k of [def.partitionKey, def.sortKey, ...def.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]) {
    if (k) attributes.set(k.name, k.type);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: [
      { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
      ...(def.sortKey ? [{ AttributeName: def.sortKey.name, KeyType: 'RANGE' as const }] : []),
    ],
    ...(def.indexes.length > 0
      ? {
          GlobalSecondaryIndexes: def.indexes.map((i) => ({
            IndexName: i.indexName,
            KeySchema: [
              { AttributeName: i.partitionKey.name, KeyType: 'HASH' as const },
              ...(i.sortKey ? [{ AttributeName: i.sortKey.name, KeyType: 'RANGE' as const }] : []),
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}

/** Creates every table that does not exist yet; returns table id → name. */
export async function createTables(db: DynamoDBClient): Promise<Record<TableId, string>> {
  const existing = new Set((await db.send(new ListTablesCommand({}))).TableNames ?? []);
  const names = {} as Record<TableId, string>;
  for (const id of tableIds) {
    names[id] = localTableName(id);
    if (!existing.has(names[id])) await db.send(new CreateTableCommand(createTableInput(tableDefinitions[id], names[id])));
  }
  return names;
}
