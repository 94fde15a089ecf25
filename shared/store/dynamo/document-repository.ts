import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DocumentAppearance, DocumentHead, DocumentRepository, DocumentVersion } from '../ports.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionFailure, stripKeys } from './conditional.ts';
import { queryAll } from './query-all.ts';
import { aliasSchema, appearanceSchema, headSchema, versionSchema } from './document-items.ts';

const pk = (documentKey: string) => `DOC#${documentKey}`;
const versionSk = (version: number) => `V#${String(version).padStart(6, '0')}`;

type Item = Record<string, unknown> | null;

/**
 * Documents table: HEAD, V#{n} and SEEN#… items under pk=DOC#{documentKey}; ALIAS under pk=DOC#{identity key}.
 *
 * Issue 18: resolving a document's identity asks for the ALIAS and the HEAD of the same keys, and the process
 * stage asks for the HEAD again; so one instance (the process function makes one per issue) reads a key's
 * HEAD and ALIAS together in one BatchGetItem and keeps what it read and what it wrote itself. Safe because
 * every write that depends on a read is conditional: a write whose condition fails drops the kept item, so
 * the retry path (and claimAlias's answer) reads the table again.
 */
export class DynamoDocumentRepository implements DocumentRepository {
  private readonly kept = new Map<string, Promise<Item>>();

  /**
   * `keepReads`: for an instance that lives for one unit of work (the process function's, one issue). Off by
   * default: a long-lived instance (the CLI, the API, the local cloud's adapters) always reads the table.
   */
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly options: { keepReads?: boolean } = {},
  ) {}

  /** The HEAD or ALIAS item of a key, read with its sibling in one request the first time. */
  private item(key: string, sk: 'HEAD' | 'ALIAS'): Promise<Item> {
    if (!this.options.keepReads) {
      return this.db.send(new GetCommand({ TableName: this.table, Key: { pk: pk(key), sk } })).then((out) => out.Item ?? null);
    }
    const id = `${pk(key)}|${sk}`;
    const kept = this.kept.get(id);
    if (kept) return kept;
    const both = batchGetAll(this.db, this.table, [
      { pk: pk(key), sk: 'HEAD' },
      { pk: pk(key), sk: 'ALIAS' },
    ]);
    const pick = (which: 'HEAD' | 'ALIAS'): Promise<Item> => {
      const one = both.then((items) => items.find((i) => i.sk === which) ?? null);
      // The sibling may never be asked for: its rejection must not go unhandled (callers still see it).
      one.catch(() => undefined);
      return one;
    };
    for (const which of ['HEAD', 'ALIAS'] as const) {
      const siblingId = `${pk(key)}|${which}`;
      if (!this.kept.has(siblingId)) this.kept.set(siblingId, pick(which));
    }
    // A failed read is not kept: the next call asks again.
    both.catch(() => {
      this.kept.delete(`${pk(key)}|HEAD`);
      this.kept.delete(`${pk(key)}|ALIAS`);
    });
    return this.kept.get(id) ?? pick(sk);
  }

  private keep(key: string, sk: 'HEAD' | 'ALIAS', item: Item | undefined): void {
    if (!this.options.keepReads) return;
    if (item === undefined) this.kept.delete(`${pk(key)}|${sk}`);
    else this.kept.set(`${pk(key)}|${sk}`, Promise.resolve(item));
  }

  async getHead(documentKey: string): Promise<DocumentHead | null> {
    const item = await this.item(documentKey, 'HEAD');
    return item ? headSchema.parse(stripKeys(item)) : null;
  }

  async putHead(head: DocumentHead, expectedVersion: number | null): Promise<boolean> {
    const item = { pk: pk(head.documentKey), sk: 'HEAD', ...headSchema.parse(head) };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
          ...(expectedVersion === null
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
      this.keep(head.documentKey, 'HEAD', item);
      return true;
    } catch (err) {
      this.keep(head.documentKey, 'HEAD', undefined);
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
    const item = await this.item(aliasKey, 'ALIAS');
    return item ? aliasSchema.parse(item).documentKey : null;
  }

  async claimAlias(aliasKey: string, documentKey: string): Promise<string> {
    const item = { pk: pk(aliasKey), sk: 'ALIAS', documentKey };
    try {
      await this.db.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      this.keep(aliasKey, 'ALIAS', item);
      return documentKey;
    } catch (err) {
      this.keep(aliasKey, 'ALIAS', undefined);
      if (!isConditionFailure(err)) throw err;
      const out = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: pk(aliasKey), sk: 'ALIAS' }, ConsistentRead: true }));
      this.keep(aliasKey, 'ALIAS', out.Item ?? null);
      return out.Item ? aliasSchema.parse(out.Item).documentKey : documentKey;
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
