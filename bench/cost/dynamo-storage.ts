/**
 * What the tables hold after a measured cycle, in DynamoDB's billed storage bytes: each item's size by the
 * service's sizing rules (attribute names and values; numbers by significant digits; lists and maps 3 bytes
 * plus 1 an element) plus the 100 bytes of per-item overhead, and again for every global secondary index the
 * item appears in (the tables project ALL). Measured by scanning, so the cost model prices what is stored,
 * not every write unit ever spent (updates overwrite, deleted deliveries are gone).
 */
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableDefinitions, type TableId } from '../../shared/store/tables.ts';

/** DynamoDB's per-item storage overhead (and per index entry). */
export const ITEM_OVERHEAD_BYTES = 100;

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

/** One value's size (a scalar, or a list/map with its elements) as DynamoDB counts it. */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const digits = String(value).replace(/^-|\.|e.*$/gi, '').replace(/^0+|0+$/g, '').length;
    return Math.ceil(Math.max(1, digits) / 2) + 1;
  }
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((n: number, v) => n + valueBytes(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueBytes(v), 0);
  if (typeof value === 'object') return 3 + Object.entries(value).reduce((n, [k, v]) => n + 1 + utf8(k) + valueBytes(v), 0);
  throw new Error(`unsized DynamoDB value of type ${typeof value}`);
}

/** A top-level item's size: its attribute names and values. */
export const itemBytes = (item: Record<string, unknown>): number => Object.entries(item).reduce((n, [k, v]) => n + utf8(k) + valueBytes(v), 0);

export interface TableStorage {
  items: number;
  /** Billed bytes: items, overhead and index entries. */
  bytes: number;
}

/** Scans every table (all pages) and sizes what it holds. */
export async function measureStorage(db: DynamoDBDocumentClient, tables: Record<TableId, string>): Promise<Record<TableId, TableStorage>> {
  const out = {} as Record<TableId, TableStorage>;
  for (const def of Object.values(tableDefinitions)) {
    const sizes: TableStorage = { items: 0, bytes: 0 };
    let start: Record<string, unknown> | undefined;
    do {
      const page = await db.send(new ScanCommand({ TableName: tables[def.id], ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) {
        const one = itemBytes(item) + ITEM_OVERHEAD_BYTES;
        const inIndexes = def.indexes.filter((i) => item[i.partitionKey.name] !== undefined && (!i.sortKey || item[i.sortKey.name] !== undefined)).length;
        sizes.items++;
        sizes.bytes += one * (1 + inIndexes);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    out[def.id] = sizes;
  }
  return out;
}
