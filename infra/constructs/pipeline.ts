import { Duration, RemovalPolicy, Size, Stack, TimeZone, Validations, type CfnElement } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { envNames } from '../../shared/model/runtime-config.ts';
import { queueNames, type QueueName } from '../../shared/model/messages.ts';
import { tableEnvVar, tableIds, type TableId } from '../../shared/store/tables.ts';
import { lambdaFunctionIds, pipelineFunctionIds, type LambdaFunctionId, type PipelineFunctionId } from '../bundling.ts';
import { extractImageCode } from './extract-image.ts';
import { planScheduleExpression, type StackConfig } from '../config.ts';
import type { Mail } from './mail.ts';
import type { Storage } from './storage.ts';
import { pascal } from './storage.ts';
import { bundledCode } from './bundled-code.ts';

/** Repository root: entries, package-lock.json and the local esbuild are resolved from here. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

type DynamoAction = 'GetItem' | 'BatchGetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'Query' | 'Scan';

interface TableAccess {
  /** Actions on the table's items. */
  actions: DynamoAction[];
  /** Global secondary indexes the function queries: dynamodb:Query on those, by name (never index/*). */
  queries?: string[];
}

/** The archive folders (shared/subscribe/router.ts ARCHIVE_KEY, shared/stages/*). */
type Prefix = 'raw/' | 'text/' | 'diffs/';

/**
 * What one function may do, derived from the handler and the stage it calls (the repositories' DynamoDB
 * commands, the blob keys, the queues). Each function gets exactly this in one IAM policy.
 */
export interface FunctionSpec {
  description: string;
  memoryMb: number;
  timeout: Duration;
  tables: Partial<Record<TableId, TableAccess>>;
  s3Read?: Prefix[];
  s3Write?: Prefix[];
  /** The archive route tells "missing" (404) from "forbidden": HeadObject needs ListBucket for that. */
  s3List?: Prefix[];
  sendsTo?: QueueName[];
  consumes?: { queue: QueueName; batchSize: number; maxConcurrency: number; maxBatchingWindow?: Duration };
  /** Builds mail links (HMAC-signed): reads the token secret. */
  signsLinks?: boolean;
  sendsMail?: boolean;
}

export const functionSpecs: Record<PipelineFunctionId, FunctionSpec> = {
  plan: {
    description: 'Scheduled: packs due sources into fetch messages of distinct hosts; reports quiet sources (QuietSources metric).',
    memoryMb: 256,
    // 3,000 sources: one scan, up to 3,000 health reads and 3,000 sends — well under a minute, with slack.
    timeout: Duration.minutes(5),
    tables: { sources: { actions: ['Scan', 'GetItem'] } },
    sendsTo: ['fetch'],
  },
  fetch: {
    description: 'fetch queue: up to 10 sources on distinct hosts per message, fetched concurrently; new issues into S3 raw/ and the process queue.',
    // I/O-bound (it waits on sites, not the CPU): the smallest size that holds the message's concurrent downloads
    // (typically 2 MB each; the fetch bench's peak RSS is the whole emulated cloud). 512 MB on arm64.
    memoryMb: 512,
    // Index page + several issues per source (robots.txt from the table), each up to 30 s with 3 attempts.
    timeout: Duration.minutes(10),
    tables: {
      // BatchGetItem: a message's definitions and health in one read; robots.txt per host (ROBOTS#) lives here too.
      sources: { actions: ['GetItem', 'PutItem', 'BatchGetItem'] },
      // BatchGetItem: known links and due re-checks by key; Query: once per source, to build its compact index.
      issues: { actions: ['GetItem', 'PutItem', 'BatchGetItem', 'Query'] },
    },
    s3Write: ['raw/'],
    // fetch: the follow-up of a message whose runs left re-checks for later (shared/stages/fetch-follow-up.ts).
    sendsTo: ['extract', 'fetch'],
    // One message per invocation: its sources' waits overlap; a slow site holds back at most that message.
    consumes: { queue: 'fetch', batchSize: 1, maxConcurrency: 20 },
  },
  extract: {
    description: 'extract queue (container image): one issue per message; text layer or OCR per page, text + page map into S3 text/.',
    // One full vCPU, the most its work can use: pages are rendered (pdftoppm) and read (Tesseract, one
    // thread) one after the other (shared/ingest/text/ocr/pdf-ocr.ts), so above 1,769 MB the extra CPU share
    // would idle while billed. Memory: pdf.js, one 300-dpi page raster (≈ 9 MB gray) and Tesseract's chi_sim
    // model (≈ 300 MB resident; each child capped at 1 GiB address space by exec-bounded.ts).
    memoryMb: 1769,
    // The per-issue OCR time budget (GW_OCR_TIME_BUDGET_SECONDS, 720 s) plus download, upload and slack.
    timeout: Duration.minutes(15),
    tables: { issues: { actions: ['GetItem', 'PutItem'] } },
    s3Read: ['raw/', 'text/'],
    s3Write: ['text/'],
    // Replays check whether the text object exists (HeadObject: 404 needs ListBucket).
    s3List: ['text/'],
    sendsTo: ['process'],
    // OCR is CPU-bound for minutes: a few at a time, one issue each, so one huge scan delays no other issue.
    consumes: { queue: 'extract', batchSize: 1, maxConcurrency: 4 },
  },
  process: {
    description: 'process queue: one issue per message; stored text and page map to documents, versions, change records.',
    memoryMb: 1024,
    timeout: Duration.minutes(5),
    tables: {
      sources: { actions: ['GetItem'] },
      issues: { actions: ['GetItem', 'PutItem'] },
      // BatchGetItem: a key's HEAD and ALIAS in one read.
      documents: { actions: ['GetItem', 'PutItem', 'BatchGetItem'] },
      changes: { actions: ['PutItem', 'UpdateItem'] },
    },
    s3Read: ['text/'],
    s3Write: ['text/', 'diffs/'],
    sendsTo: ['notify'],
    consumes: { queue: 'process', batchSize: 1, maxConcurrency: 10 },
  },
  notify: {
    description: 'notify queue: one change per message; immediate alerts or queued for digests.',
    memoryMb: 512,
    timeout: Duration.minutes(5),
    tables: {
      changes: { actions: ['GetItem'] },
      // UpdateItem: a permanent refusal of an address, and a webhook's health (read first: GetItem), on the profile.
      subscribers: { actions: ['Scan', 'GetItem', 'UpdateItem'] },
      // UpdateItem: leases are taken over and finished with conditional updates.
      deliveries: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
    },
    signsLinks: true,
    sendsMail: true,
    // Few concurrent senders keep us inside the SES sending rate.
    consumes: { queue: 'notify', batchSize: 5, maxConcurrency: 2, maxBatchingWindow: Duration.seconds(10) },
  },
  digest: {
    description: 'Scheduled (daily, weekly; Asia/Shanghai): one digest per subscriber with queued changes.',
    memoryMb: 512,
    timeout: Duration.minutes(15),
    tables: {
      // Query (table): a subscriber's earlier digests and what they covered; UpdateItem: leases.
      deliveries: { actions: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'], queries: ['pendingByFrequency'] },
      // Scan: the subscribers with webhooks of the frequency (their digests are posted there too, issue 17).
      subscribers: { actions: ['Scan', 'GetItem', 'UpdateItem'] },
      changes: { actions: ['GetItem'] },
    },
    signsLinks: true,
    sendsMail: true,
  },
  api: {
    description: 'HTTP API: subscribe (double opt-in), confirm, preferences, unsubscribe, document/change/source pages, JSON API, /archive redirects.',
    memoryMb: 512,
    // API Gateway gives up after 30 s; answer or fail well before.
    timeout: Duration.seconds(15),
    tables: {
      subscribers: { actions: ['GetItem', 'PutItem'], queries: ['byEmail'] },
      // Fixed-window rate-limit counters (DynamoRateLimitRepository) live in the deliveries table.
      deliveries: { actions: ['UpdateItem'] },
      // The confirmation page lists the latest matching changes (byDay); the JSON API pages through them (byDay).
      changes: { actions: ['GetItem'], queries: ['byDay'] },
      // Document and versions pages and API: one query per document (DynamoDocumentHistory).
      documents: { actions: ['Query'] },
      // Source pages: the definition and health, and the source's issues (GetItem is granted with the land pages).
      sources: { actions: ['GetItem'] },
      issues: { actions: ['Query'] },
    },
    s3Read: ['raw/', 'text/', 'diffs/'],
    s3List: ['raw/', 'text/', 'diffs/'],
    signsLinks: true,
    sendsMail: true,
  },
  'mail-events': {
    description: 'SNS: SES bounces and complaints; suppresses the address.',
    memoryMb: 256,
    timeout: Duration.seconds(30),
    tables: { subscribers: { actions: ['PutItem'], queries: ['byEmail'] } },
  },
};

/** AWS guidance: the visibility timeout is at least six times the function timeout, so retries never overlap. */
export const VISIBILITY_FACTOR = 6;
/** Attempts before a message goes to its DLQ. */
export const MAX_RECEIVE_COUNT = 3;

export interface PipelineProps {
  config: StackConfig;
  storage: Storage;
  mail: Mail;
}

/**
 * The Lambdas (bundled by the local esbuild, Node 22 on arm64), their queues with DLQs and the schedules.
 * Every function has its own role with one policy that lists exactly what its stage does.
 */
export class Pipeline extends Construct {
  readonly functions: Record<PipelineFunctionId, lambda.Function>;
  readonly logGroups: Record<PipelineFunctionId, logs.LogGroup>;
  readonly queues: Record<QueueName, sqs.Queue>;
  readonly deadLetterQueues: Record<QueueName | 'mail-events' | 'schedules', sqs.Queue>;
  readonly tokenSecret: secretsmanager.Secret;
  /** What every stage function is told of the stack (tables, bucket, queues, mail, logging); others reuse it. */
  readonly environment: Readonly<Record<string, string>>;
  readonly schedules: { plan: scheduler.Schedule; dailyDigest: scheduler.Schedule; weeklyDigest: scheduler.Schedule };

  constructor(scope: Construct, id: string, props: PipelineProps) {
    super(scope, id);
    const { config, storage, mail } = props;

    this.tokenSecret = new secretsmanager.Secret(this, 'TokenSecret', {
      description: 'HMAC key of the signed links in mails (confirm, preferences, unsubscribe, archive).',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the link-signing key would invalidate every unsubscribe and preferences link already mailed (RFC 8058 one-click unsubscribe must keep working); rotate by hand with a planned overlap, see docs/OPERATIONS.md.',
    });

    const dlq = (name: string): sqs.Queue => {
      const q = new sqs.Queue(this, `${pascal(name)}Dlq`, {
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        // The longest SQS allows: time to read, fix and redrive.
        retentionPeriod: Duration.days(14),
      });
      Validations.of(q).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason: `This is the dead-letter queue of ${name}; it is watched by a DLQ-depth alarm and redriven by hand, it has no DLQ of its own.`,
      });
      return q;
    };

    const deadLetterQueues = {
      fetch: dlq('fetch'),
      extract: dlq('extract'),
      process: dlq('process'),
      notify: dlq('notify'),
      'mail-events': dlq('mail-events'),
      schedules: dlq('schedules'),
    };
    this.deadLetterQueues = deadLetterQueues;

    const queues: Partial<Record<QueueName, sqs.Queue>> = {};
    for (const name of queueNames) {
      const consumer = consumerOf(name);
      queues[name] = new sqs.Queue(this, `${pascal(name)}Queue`, {
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        visibilityTimeout: Duration.seconds(functionSpecs[consumer].timeout.toSeconds() * VISIBILITY_FACTOR),
        retentionPeriod: Duration.days(4),
        deadLetterQueue: { queue: deadLetterQueues[name], maxReceiveCount: MAX_RECEIVE_COUNT },
      });
    }
    this.queues = queues as Record<QueueName, sqs.Queue>;

    const environment: Record<string, string> = {
      [envNames.mode]: 'production',
      [envNames.bucket]: storage.bucket.bucketName,
      [envNames.fetchQueueUrl]: this.queues.fetch.queueUrl,
      [envNames.extractQueueUrl]: this.queues.extract.queueUrl,
      [envNames.processQueueUrl]: this.queues.process.queueUrl,
      [envNames.notifyQueueUrl]: this.queues.notify.queueUrl,
      [envNames.mailFrom]: config.mailFrom,
      [envNames.configurationSet]: mail.configurationSet.configurationSetName,
      [envNames.userAgentContact]: config.userAgentContact,
      POWERTOOLS_SERVICE_NAME: 'gazette-watch',
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      // Warnings and errors always; everything for a sampled 1 % of invocations (functions/runtime/logger.ts).
      POWERTOOLS_LOG_LEVEL: 'WARN',
      POWERTOOLS_LOGGER_SAMPLE_RATE: '0.01',
    };
    for (const tableId of tableIds) environment[tableEnvVar(tableId)] = storage.tables[tableId].tableName;
    if (config.publicBaseUrl) environment[envNames.publicBaseUrl] = config.publicBaseUrl;
    this.environment = environment;

    const functions: Partial<Record<PipelineFunctionId, lambda.Function>> = {};
    const logGroups: Partial<Record<PipelineFunctionId, logs.LogGroup>> = {};
    for (const fnId of pipelineFunctionIds) {
      const spec = functionSpecs[fnId];
      const name = pascal(fnId);
      const logGroup = new logs.LogGroup(this, `${name}Logs`, {
        retention: retentionOf(config.logRetentionDays),
        removalPolicy: RemovalPolicy.DESTROY,
      });
      logGroups[fnId] = logGroup;
      const role = new iam.Role(this, `${name}Role`, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: `gazette-watch ${fnId}: ${spec.description}`,
      });
      const fnEnvironment: Record<string, string> = {
        ...environment,
        // runtimeConfigFromEnv wants a token secret in every function; those that never sign a link get
        // a placeholder instead of read access to the real key (least privilege).
        ...(spec.signsLinks ? { TOKEN_SECRET_ARN: this.tokenSecret.secretArn } : { [envNames.tokenSecret]: `unused-${fnId}-signs-no-links` }),
        // Days without a new issue before plan counts a source as quiet (functions/plan.ts).
        ...(fnId === 'plan' ? { QUIET_SOURCE_DAYS: String(config.quietDays) } : {}),
      };
      const fn =
        fnId === 'extract'
          ? new lambda.DockerImageFunction(this, `${name}Function`, {
              code: extractImageCode(projectRoot),
              architecture: lambda.Architecture.ARM_64,
              memorySize: spec.memoryMb,
              timeout: spec.timeout,
              // Scratch space for the PDF and one page raster at a time (the default 512 MB is plenty).
              ephemeralStorageSize: Size.mebibytes(1024),
              description: spec.description,
              role,
              logGroup,
              environment: fnEnvironment,
            })
          : this.zipFunction(fnId, name, spec, role, logGroup, fnEnvironment);
      this.grant(fnId, spec, role, logGroup, storage, mail);
      if (spec.consumes) {
        fn.addEventSource(
          new SqsEventSource(this.queues[spec.consumes.queue], {
            batchSize: spec.consumes.batchSize,
            maxConcurrency: spec.consumes.maxConcurrency,
            ...(spec.consumes.maxBatchingWindow ? { maxBatchingWindow: spec.consumes.maxBatchingWindow } : {}),
            // The handlers return batchItemFailures (functions/runtime/sqs-batch.ts): only failed records retry.
            reportBatchItemFailures: true,
          }),
        );
      }
      if (fnId !== 'extract') Validations.of(fn).acknowledge({
        id: 'AwsSolutions-L1',
        reason: 'Node.js 22 is the runtime the issue and the bundles (infra/bundling.ts, target node22) are built for; move to a newer runtime together with the bundling target.',
      });
      functions[fnId] = fn;
    }
    this.functions = functions as Record<PipelineFunctionId, lambda.Function>;
    this.logGroups = logGroups as Record<PipelineFunctionId, logs.LogGroup>;

    // SES → SNS (bounces, complaints) → mail-events; the SNS redrive catches deliveries Lambda refused.
    mail.feedbackTopic.addSubscription(
      new subscriptions.LambdaSubscription(this.functions['mail-events'], { deadLetterQueue: deadLetterQueues['mail-events'] }),
    );

    this.schedules = {
      plan: this.schedule('PlanSchedule', 'plan', planScheduleExpression(config.planIntervalMinutes), { windowMinutes: config.planIntervalMinutes }),
      dailyDigest: this.schedule('DailyDigestSchedule', 'digest', config.dailyDigestCron, {
        frequency: 'daily',
        // The scheduled (not the actual) time fixes the digest period, so a retry after midnight sends the right day.
        at: scheduler.ContextAttribute.scheduledTime,
      }),
      weeklyDigest: this.schedule('WeeklyDigestSchedule', 'digest', config.weeklyDigestCron, {
        frequency: 'weekly',
        at: scheduler.ContextAttribute.scheduledTime,
      }),
    };
  }

  /** A zip function bundled by the local esbuild (infra/bundling.ts): every function but extract. */
  private zipFunction(fnId: PipelineFunctionId, name: string, spec: FunctionSpec, role: iam.Role, logGroup: logs.LogGroup, environment: Record<string, string>): lambda.Function {
    if (!(lambdaFunctionIds as readonly string[]).includes(fnId)) throw new Error(`${fnId} is not a zip function`);
    return new lambda.Function(this, `${name}Function`, {
      code: bundledCode(fnId as LambdaFunctionId, projectRoot),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: spec.timeout,
      description: spec.description,
      role,
      logGroup,
      environment,
      ...(fnId === 'mail-events' ? { deadLetterQueue: this.deadLetterQueues['mail-events'] } : {}),
    });
  }

  /** Sets the base URL of mail links on every function (the API's URL is known only after the API exists). */
  setPublicBaseUrl(url: string): void {
    for (const fn of Object.values(this.functions)) fn.addEnvironment(envNames.publicBaseUrl, url);
  }

  private readonly schedulerRoles: Partial<Record<'plan' | 'digest', iam.Role>> = {};

  /** One role per scheduled function, so the scheduler may invoke that function and nothing else. */
  private schedulerRole(fnId: 'plan' | 'digest'): iam.Role {
    const existing = this.schedulerRoles[fnId];
    if (existing) return existing;
    const role = new iam.Role(this, `${pascal(fnId)}SchedulerRole`, {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: `EventBridge Scheduler invokes gazette-watch ${fnId}`,
    });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.functions[fnId])}.Arn>:*]`,
      reason: `The scheduler target grants lambda:InvokeFunction on the ${fnId} function and its versions/aliases (ARN:*); it is still this one function only.`,
    });
    this.schedulerRoles[fnId] = role;
    return role;
  }

  private schedule(id: string, fnId: 'plan' | 'digest', expression: string, input: Record<string, unknown>): scheduler.Schedule {
    return new scheduler.Schedule(this, id, {
      schedule: scheduler.ScheduleExpression.expression(expression, TimeZone.ASIA_SHANGHAI),
      description: `gazette-watch ${fnId} ${JSON.stringify(input)}`,
      target: new targets.LambdaInvoke(this.functions[fnId], {
        input: scheduler.ScheduleTargetInput.fromObject(input),
        role: this.schedulerRole(fnId),
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
        deadLetterQueue: this.deadLetterQueues.schedules,
      }),
    });
  }

  /** The function's one policy: logs, tables, bucket prefixes, queues, mail and secret — nothing else. */
  private grant(fnId: PipelineFunctionId, spec: FunctionSpec, role: iam.Role, logGroup: logs.LogGroup, storage: Storage, mail: Mail): void {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'Logs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
    );
    for (const [tableId, access] of Object.entries(spec.tables) as [TableId, TableAccess][]) {
      const table = storage.tables[tableId];
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ sid: `Table${pascal(tableId)}`, actions: access.actions.map((a) => `dynamodb:${a}`), resources: [table.tableArn] }),
      );
      if (access.queries?.length) {
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            sid: `Query${pascal(tableId)}`,
            actions: ['dynamodb:Query'],
            resources: access.queries.map((index) => `${table.tableArn}/index/${index}`),
          }),
        );
      }
    }
    const objects = (prefixes: Prefix[]) => prefixes.map((p) => storage.bucket.arnForObjects(`${p}*`));
    if (spec.s3Read?.length) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ArchiveRead', actions: ['s3:GetObject'], resources: objects(spec.s3Read) }));
    }
    if (spec.s3Write?.length) {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ArchiveWrite', actions: ['s3:PutObject'], resources: objects(spec.s3Write) }));
    }
    if (spec.s3List?.length) {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          sid: 'ArchiveList',
          actions: ['s3:ListBucket'],
          resources: [storage.bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': spec.s3List.map((p) => `${p}*`) } },
        }),
      );
    }
    for (const queue of spec.sendsTo ?? []) {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ sid: `Send${pascal(queue)}`, actions: ['sqs:SendMessage'], resources: [this.queues[queue].queueArn] }),
      );
    }
    // Consuming (ReceiveMessage, DeleteMessage, ChangeMessageVisibility, GetQueueAttributes) is granted by the
    // SqsEventSource on the queue it reads, into this same policy.
    if (spec.sendsMail) role.addToPrincipalPolicy(mail.sendStatement());
    if (spec.signsLinks) this.tokenSecret.grantRead(role);
    const wildcards = [...(spec.s3Read ?? []), ...(spec.s3Write ?? [])];
    for (const prefix of new Set(wildcards)) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(storage.bucket)}.Arn>/${prefix}*]`,
        reason: `${fnId} reads or writes objects under ${prefix} whose keys are content hashes and document keys only known at run time; access is limited to that prefix.`,
      });
    }
  }
}

export const METRICS_NAMESPACE = 'GazetteWatch';

/** The function that consumes a queue. */
function consumerOf(queue: QueueName): PipelineFunctionId {
  const fnId = pipelineFunctionIds.find((id) => functionSpecs[id].consumes?.queue === queue);
  if (!fnId) throw new Error(`no consumer for queue ${queue}`);
  return fnId;
}

/** CloudWatch Logs accepts only some retention values: the smallest one that keeps at least `days`. */
function retentionOf(days: number): logs.RetentionDays {
  const allowed = Object.values(logs.RetentionDays).filter((v): v is number => typeof v === 'number' && v > 0).sort((a, b) => a - b);
  const chosen = allowed.find((v) => v >= days) ?? logs.RetentionDays.INFINITE;
  return chosen as logs.RetentionDays;
}

/** The logical id nag prints for a construct's CloudFormation resource. */
export function logicalIdOf(construct: Construct): string {
  const child = construct.node.defaultChild as CfnElement | undefined;
  if (!child) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return Stack.of(construct).resolve(child.logicalId) as string;
}
