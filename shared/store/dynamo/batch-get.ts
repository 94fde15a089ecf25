import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchGetItem takes at most 100 keys. */
const MAX_KEYS = 100;
/** Rounds for keys DynamoDB leaves unprocessed (throttling) before the read fails. */
const MAX_ROUNDS = 5;

/**
 * Reads items by key in batches of 100 (one request per batch instead of one per item), retrying unprocessed
 * keys with a short backoff; fails rather than return a partial answer. Items come back in no fixed order.
 */
export async function batchGetAll(
  db: DynamoDBDocumentClient,
  table: string,
  keys: Record<string, string>[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) {
    let pending: Record<string, unknown>[] = keys.slice(i, i + MAX_KEYS);
    for (let round = 0; pending.length > 0; round++) {
      if (round >= MAX_ROUNDS) throw new Error(`DynamoDB BatchGetItem left ${pending.length} keys unprocessed after ${MAX_ROUNDS} rounds (${table})`);
      if (round > 0) await sleep(50 * 2 ** round);
      const out = await db.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
      items.push(...(out.Responses?.[table] ?? []));
      pending = out.UnprocessedKeys?.[table]?.Keys ?? [];
    }
  }
  return items;
}
