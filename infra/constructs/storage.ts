import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { tableDefinitions, tableIds, type KeyAttribute, type TableId } from '../../shared/store/tables.ts';
import { RAW_TO_GLACIER_IR_DAYS } from '../archive-lifecycle.ts';

const attribute = (k: KeyAttribute): dynamodb.Attribute => ({
  name: k.name,
  type: k.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
});

/**
 * Where everything lives: the archive bucket (raw downloads, extracted text, diffs) and the DynamoDB tables,
 * created from shared/store/tables.ts — the same definitions the local cloud uses — so the keys and indexes
 * the repositories query exist in both.
 */
export class Storage extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;
  readonly tables: Record<TableId, dynamodb.Table>;

  constructor(scope: Construct, id: string, props: { archiveRetention?: { days: number; mode: 'COMPLIANCE' | 'GOVERNANCE' } } = {}) {
    super(scope, id);
    const retention = props.archiveRetention ?? { days: 3650, mode: 'COMPLIANCE' as const };

    // Server access logs of the archive: who read which evidence file, for audits.
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into another bucket would only move the problem one bucket further.',
    });

    this.bucket = new s3.Bucket(this, 'Archive', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // Versioning protects the evidence against an accidental overwrite or delete.
      versioned: true,
      // Evidence that holds (issue 14): every object version is locked for the retention period — it cannot
      // be deleted or overwritten in place; originals are content-addressed and written once (S3BlobStore).
      objectLockEnabled: true,
      objectLockDefaultRetention:
        retention.mode === 'COMPLIANCE'
          ? s3.ObjectLockRetention.compliance(Duration.days(retention.days))
          : s3.ObjectLockRetention.governance(Duration.days(retention.days)),
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'archive/',
      lifecycleRules: [
        {
          id: 'raw-to-glacier-instant-retrieval',
          prefix: 'raw/',
          // Originals are read when processed (minutes after download) and then rarely: evidence links only.
          transitions: [{ storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(RAW_TO_GLACIER_IR_DAYS) }],
        },
        {
          id: 'tidy-versions-and-uploads',
          // Keys are content-addressed, so old versions appear only after overwrites of the same content.
          noncurrentVersionExpiration: Duration.days(90),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const tables: Partial<Record<TableId, dynamodb.Table>> = {};
    for (const tableId of tableIds) {
      const def = tableDefinitions[tableId];
      const table = new dynamodb.Table(this, `${pascal(tableId)}Table`, {
        partitionKey: attribute(def.partitionKey),
        ...(def.sortKey ? { sortKey: attribute(def.sortKey) } : {}),
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: dynamodb.TableEncryption.AWS_MANAGED,
        ...(def.ttlAttribute ? { timeToLiveAttribute: def.ttlAttribute } : {}),
        removalPolicy: RemovalPolicy.RETAIN,
      });
      for (const index of def.indexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: attribute(index.partitionKey),
          ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
          projectionType: dynamodb.ProjectionType.ALL,
        });
      }
      tables[tableId] = table;
    }
    this.tables = tables as Record<TableId, dynamodb.Table>;
  }
}

/** sources → Sources, mail-events → MailEvents: construct ids. */
export const pascal = (id: string): string =>
  id
    .split(/[-_]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
