import { Duration, RemovalPolicy, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { envNames } from '../../shared/model/runtime-config.ts';
import type { StackConfig } from '../config.ts';
import type { Mail } from './mail.ts';
import { logicalIdOf, projectRoot, type Pipeline } from './pipeline.ts';
import type { Storage } from './storage.ts';
import { bundledCode } from './bundled-code.ts';

export interface RecheckProps {
  config: StackConfig;
  storage: Storage;
  mail: Mail;
  pipeline: Pipeline;
  publicBaseUrl: string;
}

/**
 * Issue 14: the weekly re-check of known land notices (its function, role and schedule), and the grants the
 * land features add to the pipeline's functions — process links documents into projects, the API serves the
 * project, evidence and calendar pages, fetch reads an original back before refusing to overwrite it.
 */
export class Recheck extends Construct {
  readonly function: lambda.Function;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: RecheckProps) {
    super(scope, id);
    const { config, storage, mail, pipeline } = props;
    const logGroup = new logs.LogGroup(this, 'RecheckLogs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    const role = new iam.Role(this, 'RecheckRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'gazette-watch recheck: re-fetches known land notices, archives edits, alerts on takedowns and edits.',
    });
    // The stage functions' environment (every queue, table and mail setting), plus the links and the signing secret.
    const environment: Record<string, string> = {
      ...pipeline.environment,
      [envNames.publicBaseUrl]: props.publicBaseUrl,
      TOKEN_SECRET_ARN: pipeline.tokenSecret.secretArn,
    };
    this.function = new lambda.Function(this, 'RecheckFunction', {
      code: bundledCode('recheck', projectRoot),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      // Reads edited PDFs back (pdf.js), like process.
      memorySize: 1536,
      timeout: Duration.minutes(15),
      description: 'Weekly: re-checks known land notices at their URLs; one alert per takedown or edit.',
      role,
      logGroup,
      environment,
    });
    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the runtime the bundles (infra/bundling.ts, target node22) are built for, as for every other function.',
    });

    const t = storage.tables;
    const allow = (sid: string, actions: string[], resources: string[]) => role.addToPrincipalPolicy(new iam.PolicyStatement({ sid, actions, resources }));
    allow('Logs', ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.logGroupArn]);
    allow('TableProjects', ['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:UpdateItem'], [t.projects.tableArn]);
    allow('TableChanges', ['dynamodb:GetItem'], [t.changes.tableArn]);
    allow('TableIssues', ['dynamodb:GetItem'], [t.issues.tableArn]);
    allow('TableSubscribers', ['dynamodb:Scan'], [t.subscribers.tableArn]);
    allow('TableDeliveries', ['dynamodb:GetItem', 'dynamodb:PutItem'], [t.deliveries.tableArn]);
    allow('ArchiveRead', ['s3:GetObject'], [storage.bucket.arnForObjects('raw/*'), storage.bucket.arnForObjects('text/*')]);
    allow('ArchiveWrite', ['s3:PutObject'], [storage.bucket.arnForObjects('raw/*'), storage.bucket.arnForObjects('diffs/*')]);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'ArchiveList', actions: ['s3:ListBucket'], resources: [storage.bucket.bucketArn], conditions: { StringLike: { 's3:prefix': ['raw/*'] } } }),
    );
    role.addToPrincipalPolicy(mail.sendStatement());
    pipeline.tokenSecret.grantRead(role);
    for (const prefix of ['raw/', 'text/', 'diffs/']) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(storage.bucket)}.Arn>/${prefix}*]`,
        reason: `recheck reads or writes objects under ${prefix} whose keys are content hashes and document keys known only at run time; access is limited to that prefix.`,
      });
    }

    // The pipeline's functions and the land features.
    const grant = (fn: lambda.Function, sid: string, actions: string[], resources: string[], conditions?: Record<string, unknown>) =>
      fn.addToRolePolicy(new iam.PolicyStatement({ sid, actions, resources, ...(conditions ? { conditions } : {}) }));
    const projectsIndex = `${t.projects.tableArn}/index/byRegion`;
    grant(pipeline.functions.process, 'LandProjects', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], [t.projects.tableArn]);
    grant(pipeline.functions.process, 'LandProjectsByRegion', ['dynamodb:Query'], [projectsIndex]);
    grant(pipeline.functions.api, 'LandPagesProjects', ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'], [t.projects.tableArn]);
    grant(pipeline.functions.api, 'LandPagesRecords', ['dynamodb:GetItem'], [t.changes.tableArn, t.issues.tableArn]);
    grant(pipeline.functions.api, 'LandPagesFeed', ['dynamodb:Query'], [`${t.changes.tableArn}/index/byDay`]);
    // Write-once originals: before refusing to overwrite, the store reads the stored original back (HeadObject
    // tells "missing" from "forbidden" only with ListBucket).
    grant(pipeline.functions.fetch, 'OriginalsReadBack', ['s3:GetObject'], [storage.bucket.arnForObjects('raw/*')]);
    grant(pipeline.functions.fetch, 'OriginalsList', ['s3:ListBucket'], [storage.bucket.bucketArn], { StringLike: { 's3:prefix': ['raw/*'] } });

    const schedulerRole = new iam.Role(this, 'RecheckSchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
      description: 'EventBridge Scheduler invokes gazette-watch recheck',
    });
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.function)}.Arn>:*]`,
      reason: 'The scheduler target grants lambda:InvokeFunction on the recheck function and its versions/aliases (ARN:*); it is still this one function only.',
    });
    this.schedule = new scheduler.Schedule(this, 'RecheckSchedule', {
      schedule: scheduler.ScheduleExpression.expression(config.recheckCron, TimeZone.ASIA_SHANGHAI),
      description: 'gazette-watch recheck of known land notices',
      target: new targets.LambdaInvoke(this.function, {
        input: scheduler.ScheduleTargetInput.fromObject({ at: scheduler.ContextAttribute.scheduledTime }),
        role: schedulerRole,
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: pipeline.deadLetterQueues.schedules,
      }),
    });
  }
}
