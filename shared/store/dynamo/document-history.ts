/**
 * A document's history in one query: every item under pk=DOC#{key} (HEAD, V#…, SEEN#…) comes back together,
 * each checked against its stored shape. An ALIAS item (an identity key standing for another document) has no
 * HEAD: its history is the one of the document it stands for.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DocumentHistory, DocumentHistoryReader } from '../document-history.ts';
import type { DocumentAppearance, DocumentHead, DocumentVersion } from '../ports.ts';
import { stripKeys } from './conditional.ts';
import { queryAll } from './query-all.ts';
import { aliasSchema, appearanceSchema, headSchema, versionSchema } from './document-items.ts';

export class DynamoDocumentHistory implements DocumentHistoryReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async history(documentKey: string): Promise<DocumentHistory | null> {
    const found = await this.read(documentKey);
    if (found.head) return { head: found.head, versions: found.versions, appearances: found.appearances };
    if (!found.alias || found.alias === documentKey) return null;
    const target = await this.read(found.alias);
    return target.head ? { head: target.head, versions: target.versions, appearances: target.appearances } : null;
  }

  private async read(documentKey: string) {
    const items = await queryAll(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `DOC#${documentKey}` },
    });
    let head: DocumentHead | null = null;
    let alias: string | null = null;
    const versions: DocumentVersion[] = [];
    const appearances: DocumentAppearance[] = [];
    for (const item of items) {
      const sk = String(item.sk);
      if (sk === 'HEAD') head = headSchema.parse(stripKeys(item));
      else if (sk === 'ALIAS') alias = aliasSchema.parse(item).documentKey;
      else if (sk.startsWith('V#')) versions.push(versionSchema.parse(stripKeys(item)));
      else if (sk.startsWith('SEEN#')) appearances.push(appearanceSchema.parse(stripKeys(item)));
    }
    versions.sort((a, b) => a.version - b.version);
    appearances.sort((a, b) => a.seenAt.localeCompare(b.seenAt) || a.sourceId.localeCompare(b.sourceId) || a.index - b.index);
    return { head, alias, versions, appearances };
  }
}
