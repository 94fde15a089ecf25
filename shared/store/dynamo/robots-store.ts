import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { RobotsStore, StoredRobots } from '../../ingest/robots-cache.ts';
import { lazySchema } from '../../model/lazy-schema.ts';

const storedRobotsSchema = lazySchema(() => z.object({ origin: z.string().url(), text: z.string(), fetchedAt: z.string().datetime() }));

const key = (origin: string) => ({ pk: `ROBOTS#${origin}`, sk: 'ROBOTS' });

/**
 * robots.txt per host in the sources table (pk=ROBOTS#{origin}, sk=ROBOTS), one item per host, overwritten
 * when it is read again after a day; the fetch function already reads and writes that table.
 */
export class DynamoRobotsStore implements RobotsStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(origin: string): Promise<StoredRobots | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key(origin) }));
    if (!out.Item) return null;
    const parsed = storedRobotsSchema.safeParse(out.Item.robots);
    // An item that no longer reads (a schema change) is as good as none: robots.txt is read again.
    return parsed.success ? parsed.data : null;
  }

  async put(robots: StoredRobots): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.table, Item: { ...key(robots.origin), robots: storedRobotsSchema.parse(robots) } }));
  }
}
