/**
 * The DynamoDB tables of gazette-watch: ONE definition used both by the CDK stack
 * (infra/constructs/storage.ts) and by the local cloud (infra/local/), so names,
 * keys and indexes can never drift apart.
 */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
}

export interface TableDefinition {
  /** Short id, used in env var names (TABLE_<ID>) and local table names. */
  id: TableId;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  indexes: IndexDefinition[];
  /** Attribute holding an epoch-seconds expiry, if items expire. */
  ttlAttribute?: string;
  description: string;
}

export const tableIds = ['sources', 'issues', 'documents', 'changes', 'subscribers', 'deliveries', 'projects'] as const;
export type TableId = (typeof tableIds)[number];

const pk: KeyAttribute = { name: 'pk', type: 'S' };
const sk: KeyAttribute = { name: 'sk', type: 'S' };

export const tableDefinitions: Record<TableId, TableDefinition> = {
  sources: {
    id: 'sources',
    partitionKey: pk,
    sortKey: sk,
    indexes: [],
    description: 'Per-source state: health (last success, last new issue, consecutive failures) and HTTP validators of index pages.',
  },
  issues: {
    id: 'issues',
    partitionKey: pk,
    sortKey: sk,
    indexes: [{ indexName: 'byStatus', partitionKey: { name: 'status', type: 'S' }, sortKey: { name: 'fetchedAt', type: 'S' } }],
    description: 'One item per published issue: pk=SOURCE#{sourceId}, sk=ISSUE#{issueId}; status fetched|processed|failed with reason.',
  },
  documents: {
    id: 'documents',
    partitionKey: pk,
    sortKey: sk,
    indexes: [],
    description:
      'pk=DOC#{documentKey}: sk=HEAD (latest version and hash), sk=V#{nnnn} (each version), sk=SEEN#{sourceId}#{issueId}#{index} (each appearance); sk=ALIAS (an identity key standing for another document: a repost without its 文号).',
  },
  changes: {
    id: 'changes',
    partitionKey: pk,
    sortKey: sk,
    indexes: [{ indexName: 'byDay', partitionKey: { name: 'day', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } }],
    description: 'pk=CHANGE#{changeId}, sk=CHANGE: the change record; index byDay lists the changes of a day.',
  },
  subscribers: {
    id: 'subscribers',
    partitionKey: pk,
    sortKey: sk,
    indexes: [{ indexName: 'byEmail', partitionKey: { name: 'email', type: 'S' } }],
    description: 'pk=SUB#{subscriberId}, sk=PROFILE: the subscription; index byEmail finds it by address; sk=SUPPRESSED for bounced addresses.',
  },
  deliveries: {
    id: 'deliveries',
    partitionKey: pk,
    sortKey: sk,
    indexes: [{ indexName: 'pendingByFrequency', partitionKey: { name: 'pendingFrequency', type: 'S' }, sortKey: { name: 'queuedAt', type: 'S' } }],
    ttlAttribute: 'expiresAt',
    description:
      'pk=SUB#{subscriberId}: sk=PENDING#{changeId} (queued for a digest), sk=SENT#{period} (one digest per period), sk=MAIL#{changeId} (immediate mail sent).',
  },
  projects: {
    id: 'projects',
    partitionKey: pk,
    sortKey: sk,
    indexes: [{ indexName: 'byRegion', partitionKey: { name: 'region', type: 'S' }, sortKey: { name: 'updatedAt', type: 'S' } }],
    description:
      'Land projects: pk=PROJECT#{id}: sk=HEAD (name, evidence, documents; index byRegion), sk=STAGE#{documentKey} (one document, its evidence and last re-check); pk=DOC#{documentKey}, sk=PROJECT (the project a document is in).',
  },
};

/** The environment variable a Lambda reads a table's name from. */
export const tableEnvVar = (id: TableId): string => `TABLE_${id.toUpperCase()}`;
