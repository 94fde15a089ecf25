import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { lambdaFunctionIds, pipelineFunctionIds, type LambdaFunctionId, type PipelineFunctionId } from '../../infra/bundling.ts';
import { pascal } from '../../infra/constructs/storage.ts';
import { tableDefinitions, tableEnvVar, tableIds } from '../../shared/store/tables.ts';
import { defaultStack, propsOf, resourcesOf } from './helpers.ts';

type Json = Record<string, unknown>;

const { stack, template } = defaultStack();

/** Logical id of a construct's CloudFormation resource. */
const idOf = (construct: { node: { defaultChild?: unknown } }): string =>
  stack.resolve((construct.node.defaultChild as { logicalId: string }).logicalId) as string;

/** Renders a CloudFormation value with references as <LogicalId> so resources can be compared as text. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value && typeof value === 'object') {
    const v = value as Json;
    if ('Ref' in v) return `<${String(v.Ref)}>`;
    if ('Fn::GetAtt' in v) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
    if ('Fn::Join' in v) {
      const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(sep);
    }
  }
  return JSON.stringify(value);
}

/** Every (action, resource) pair a function's role may use, rendered as "action on resource". */
function permissionsOf(fnId: PipelineFunctionId): { grants: Set<string>; statements: Json[]; policyCount: number } {
  const fn = stack.pipeline.functions[fnId];
  const roleId = idOf(fn.role as unknown as { node: { defaultChild?: unknown } });
  const policies = Object.values(resourcesOf(template, 'AWS::IAM::Policy')).filter((p) =>
    (propsOf(p).Roles as Json[]).some((r) => r.Ref === roleId),
  );
  const statements = policies.flatMap((p) => (propsOf(p).PolicyDocument as { Statement: Json[] }).Statement);
  const grants = new Set<string>();
  for (const s of statements) {
    const actions = ([] as string[]).concat(s.Action as string | string[]);
    const resources = ([] as unknown[]).concat(s.Resource);
    for (const a of actions) for (const r of resources) grants.add(`${a} on ${render(r)}`);
  }
  return { grants, statements, policyCount: policies.length };
}

describe('storage', () => {
  const bucketId = idOf(stack.storage.bucket);

  it('archive bucket: encrypted, versioned, public access blocked, access logs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: { DestinationBucketName: { Ref: idOf(stack.storage.accessLogs) }, LogFilePrefix: 'archive/' },
    });
  });

  it('moves raw/ to Glacier Instant Retrieval after 7 days, in one transition', () => {
    const rules = propsOf(resourcesOf(template, 'AWS::S3::Bucket')[bucketId]!).LifecycleConfiguration as { Rules: Json[] };
    expect(rules.Rules).toContainEqual(expect.objectContaining({ Prefix: 'raw/', Status: 'Enabled', Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 7 }] }));
  });

  it('denies every request without TLS and below TLS 1.2', () => {
    const policy = Object.values(resourcesOf(template, 'AWS::S3::BucketPolicy')).find(
      (p) => (propsOf(p).Bucket as Json).Ref === bucketId,
    );
    const statements = (propsOf(policy!).PolicyDocument as { Statement: Json[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
    );
  });

  it('creates every table from shared/store/tables.ts: on demand, PITR, same keys, indexes and TTL', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', tableIds.length);
    for (const tableId of tableIds) {
      const def = tableDefinitions[tableId];
      const table = propsOf(resourcesOf(template, 'AWS::DynamoDB::Table')[idOf(stack.storage.tables[tableId])]!);
      expect(table.BillingMode).toBe('PAY_PER_REQUEST');
      expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(table.SSESpecification).toEqual({ SSEEnabled: true });
      expect(table.KeySchema).toEqual([
        { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
        ...(def.sortKey ? [{ AttributeName: def.sortKey.name, KeyType: 'RANGE' }] : []),
      ]);
      const gsis = ((table.GlobalSecondaryIndexes ?? []) as Json[]).map((g) => ({
        name: g.IndexName,
        keys: (g.KeySchema as { AttributeName: string }[]).map((k) => k.AttributeName),
        projection: (g.Projection as Json).ProjectionType,
      }));
      expect(gsis).toEqual(
        def.indexes.map((i) => ({
          name: i.indexName,
          keys: [i.partitionKey.name, ...(i.sortKey ? [i.sortKey.name] : [])],
          projection: 'ALL',
        })),
      );
      expect(table.TimeToLiveSpecification).toEqual(def.ttlAttribute ? { AttributeName: def.ttlAttribute, Enabled: true } : undefined);
    }
  });
});

describe('functions', () => {
  it('seven zip functions on Node 22, arm64, ESM bundles, with the runtime environment', () => {
    const fns = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).filter((f) =>
      String(propsOf(f).Description ?? '').length > 0 && (propsOf(f).Runtime as string | undefined)?.startsWith('nodejs'),
    );
    // + the land notices' re-check (infra/constructs/recheck.ts, test/infra/recheck.test.ts).
    expect(fns).toHaveLength(lambdaFunctionIds.length + 1);
    for (const fnId of lambdaFunctionIds) {
      const props = propsOf(resourcesOf(template, 'AWS::Lambda::Function')[idOf(stack.pipeline.functions[fnId])]!);
      expect(props.Runtime).toBe('nodejs22.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.Handler).toBe('index.handler');
      const env = (props.Environment as { Variables: Record<string, unknown> }).Variables;
      for (const tableId of tableIds) expect(env[tableEnvVar(tableId)]).toEqual({ Ref: idOf(stack.storage.tables[tableId]) });
      expect(env).toMatchObject({
        GW_MODE: 'production',
        BUCKET_NAME: { Ref: idOf(stack.storage.bucket) },
        MAIL_FROM: 'alerts@gazette.example.cn',
        POWERTOOLS_METRICS_NAMESPACE: 'GazetteWatch',
        POWERTOOLS_SERVICE_NAME: 'gazette-watch',
      });
      expect(env.PUBLIC_BASE_URL).toBeDefined();
      expect(['QUEUE_URL_FETCH', 'QUEUE_URL_PROCESS', 'QUEUE_URL_NOTIFY'].every((k) => k in env)).toBe(true);
      // Only the functions that sign links get the secret; the others a placeholder, never the key.
      if (['notify', 'digest', 'api'].includes(fnId)) {
        expect(env.TOKEN_SECRET_ARN).toEqual({ Ref: idOf(stack.pipeline.tokenSecret) });
        expect(env.TOKEN_SECRET).toBeUndefined();
      } else {
        expect(env.TOKEN_SECRET_ARN).toBeUndefined();
        expect(String(env.TOKEN_SECRET)).toMatch(/^unused-/);
      }
    }
  });

  it('passes the quiet-source threshold to plan', () => {
    const props = propsOf(resourcesOf(template, 'AWS::Lambda::Function')[idOf(stack.pipeline.functions.plan)]!);
    expect((props.Environment as { Variables: Json }).Variables.QUIET_SOURCE_DAYS).toBe('14');
  });
});

describe('least privilege: one policy per function', () => {
  const t = (id: string) => `<${id}.Arn>`;
  const table = (tableId: (typeof tableIds)[number]) => t(idOf(stack.storage.tables[tableId]));
  const index = (tableId: (typeof tableIds)[number], name: string) => `${table(tableId)}/index/${name}`;
  const bucket = () => t(idOf(stack.storage.bucket));
  const queue = (name: 'fetch' | 'extract' | 'process' | 'notify') => t(idOf(stack.pipeline.queues[name]));
  const consume = (name: 'fetch' | 'extract' | 'process' | 'notify') =>
    ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'].map(
      (a) => `${a} on ${queue(name)}`,
    );
  const logs = (fnId: PipelineFunctionId) => {
    const lg = t(idOf(stack.pipeline.node.findChild(`${pascal(fnId)}Logs`) as never));
    return [`logs:CreateLogStream on ${lg}`, `logs:PutLogEvents on ${lg}`];
  };
  const secret = () => [`secretsmanager:GetSecretValue on <${idOf(stack.pipeline.tokenSecret)}>`, `secretsmanager:DescribeSecret on <${idOf(stack.pipeline.tokenSecret)}>`];
  const mail = () => {
    const identity = `arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/<${idOf(stack.mail.identity)}>`;
    const set = `arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:configuration-set/<${idOf(stack.mail.configurationSet)}>`;
    return [`ses:SendRawEmail on ${identity}`, `ses:SendRawEmail on ${set}`];
  };

  // Derived by reading each handler and the stage it calls (repositories' DynamoDB commands, blob keys, queues).
  const expected: Record<PipelineFunctionId, string[]> = {
    plan: [...logs('plan'), `dynamodb:Scan on ${table('sources')}`, `dynamodb:GetItem on ${table('sources')}`, `sqs:SendMessage on ${queue('fetch')}`],
    fetch: [
      ...logs('fetch'),
      `dynamodb:GetItem on ${table('sources')}`,
      `dynamodb:PutItem on ${table('sources')}`,
      // A message's sources and health in one read; robots.txt per host is kept in the sources table.
      `dynamodb:BatchGetItem on ${table('sources')}`,
      `dynamodb:GetItem on ${table('issues')}`,
      `dynamodb:PutItem on ${table('issues')}`,
      // Known links and due re-checks by key; Query once per source to build its compact index (issue 18).
      `dynamodb:BatchGetItem on ${table('issues')}`,
      `dynamodb:Query on ${table('issues')}`,
      `s3:PutObject on ${bucket()}/raw/*`,
      // Write-once originals: read back before a put is refused (issue 14).
      `s3:GetObject on ${bucket()}/raw/*`,
      `s3:ListBucket on ${bucket()}`,
      `sqs:SendMessage on ${queue('extract')}`,
      // The follow-up with the re-checks a message's runs left for later (issue 18).
      `sqs:SendMessage on ${queue('fetch')}`,
      ...consume('fetch'),
    ],
    // The stored text's object is checked before extracting again (HeadObject: ListBucket on text/ only).
    extract: [
      ...logs('extract'),
      `dynamodb:GetItem on ${table('issues')}`,
      `dynamodb:PutItem on ${table('issues')}`,
      `s3:GetObject on ${bucket()}/raw/*`,
      `s3:GetObject on ${bucket()}/text/*`,
      `s3:PutObject on ${bucket()}/text/*`,
      `s3:ListBucket on ${bucket()}`,
      `sqs:SendMessage on ${queue('process')}`,
      ...consume('extract'),
    ],
    process: [
      ...logs('process'),
      `dynamodb:GetItem on ${table('sources')}`,
      `dynamodb:GetItem on ${table('issues')}`,
      `dynamodb:PutItem on ${table('issues')}`,
      `dynamodb:GetItem on ${table('documents')}`,
      `dynamodb:PutItem on ${table('documents')}`,
      // A document key's HEAD and ALIAS read together (issue 18).
      `dynamodb:BatchGetItem on ${table('documents')}`,
      `dynamodb:PutItem on ${table('changes')}`,
      `dynamodb:UpdateItem on ${table('changes')}`,
      `s3:GetObject on ${bucket()}/text/*`,
      `s3:PutObject on ${bucket()}/text/*`,
      `s3:PutObject on ${bucket()}/diffs/*`,
      // Land projects (issue 14).
      `dynamodb:GetItem on ${table('projects')}`,
      `dynamodb:PutItem on ${table('projects')}`,
      `dynamodb:Query on ${table('projects')}`,
      `dynamodb:Query on ${index('projects', 'byRegion')}`,
      `sqs:SendMessage on ${queue('notify')}`,
      ...consume('process'),
    ],
    notify: [
      ...logs('notify'),
      `dynamodb:GetItem on ${table('changes')}`,
      `dynamodb:Scan on ${table('subscribers')}`,
      // Webhook health on the profile is read before its conditional update (issue 17).
      `dynamodb:GetItem on ${table('subscribers')}`,
      `dynamodb:UpdateItem on ${table('subscribers')}`,
      `dynamodb:GetItem on ${table('deliveries')}`,
      `dynamodb:PutItem on ${table('deliveries')}`,
      `dynamodb:UpdateItem on ${table('deliveries')}`,
      ...mail(),
      ...secret(),
      ...consume('notify'),
    ],
    digest: [
      ...logs('digest'),
      `dynamodb:GetItem on ${table('deliveries')}`,
      `dynamodb:PutItem on ${table('deliveries')}`,
      `dynamodb:UpdateItem on ${table('deliveries')}`,
      `dynamodb:DeleteItem on ${table('deliveries')}`,
      `dynamodb:Query on ${table('deliveries')}`,
      `dynamodb:Query on ${index('deliveries', 'pendingByFrequency')}`,
      // Scan: subscribers with webhooks get the digest there too (issue 17).
      `dynamodb:Scan on ${table('subscribers')}`,
      `dynamodb:GetItem on ${table('subscribers')}`,
      `dynamodb:UpdateItem on ${table('subscribers')}`,
      `dynamodb:GetItem on ${table('changes')}`,
      ...mail(),
      ...secret(),
    ],
    api: [
      ...logs('api'),
      `dynamodb:GetItem on ${table('subscribers')}`,
      `dynamodb:PutItem on ${table('subscribers')}`,
      `dynamodb:Query on ${index('subscribers', 'byEmail')}`,
      `dynamodb:UpdateItem on ${table('deliveries')}`,
      // The confirmation page lists the latest matching changes.
      `dynamodb:GetItem on ${table('changes')}`,
      `dynamodb:Query on ${index('changes', 'byDay')}`,
      `s3:GetObject on ${bucket()}/raw/*`,
      `s3:GetObject on ${bucket()}/text/*`,
      `s3:GetObject on ${bucket()}/diffs/*`,
      `s3:ListBucket on ${bucket()}`,
      // Project, evidence and calendar pages (issue 14).
      `dynamodb:GetItem on ${table('projects')}`,
      `dynamodb:Query on ${table('projects')}`,
      `dynamodb:Scan on ${table('projects')}`,
      `dynamodb:GetItem on ${table('issues')}`,
      // Document, versions, diff, change and source pages and the JSON API (issue 17).
      `dynamodb:Query on ${table('documents')}`,
      `dynamodb:GetItem on ${table('sources')}`,
      `dynamodb:Query on ${table('issues')}`,
      ...mail(),
      ...secret(),
    ],
    'mail-events': [
      ...logs('mail-events'),
      `dynamodb:PutItem on ${table('subscribers')}`,
      `dynamodb:Query on ${index('subscribers', 'byEmail')}`,
      `sqs:SendMessage on ${t(idOf(stack.pipeline.deadLetterQueues['mail-events']))}`,
    ],
  };

  for (const fnId of pipelineFunctionIds) {
    it(`${fnId}: exactly what its stage does, in one policy, without a wildcard resource`, () => {
      const { grants, statements, policyCount } = permissionsOf(fnId);
      expect(policyCount).toBe(1);
      expect([...grants].sort()).toEqual([...expected[fnId]].sort());
      for (const s of statements) expect(s.Resource).not.toBe('*');
    });
  }

  it('roles carry no managed policies', () => {
    for (const fnId of pipelineFunctionIds) {
      const role = propsOf(resourcesOf(template, 'AWS::IAM::Role')[idOf(stack.pipeline.functions[fnId].role as never)]!);
      expect(role.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('mail is sent only as the configured sender', () => {
    for (const fnId of ['notify', 'digest', 'api'] as const) {
      const sendMail = permissionsOf(fnId).statements.find((s) => s.Sid === 'SendMail');
      expect(sendMail?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'alerts@gazette.example.cn' } });
    }
  });

  it('extract may list only text/ (to tell a stored text from a missing one)', () => {
    const list = permissionsOf('extract').statements.find((s) => s.Sid === 'ArchiveList');
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': ['text/*'] } });
  });

  it('the archive route may list only the archive prefixes', () => {
    const list = permissionsOf('api').statements.find((s) => s.Sid === 'ArchiveList');
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': ['raw/*', 'text/*', 'diffs/*'] } });
  });
});

describe('extract function (issue 20)', () => {
  const fn = () => propsOf(resourcesOf(template, 'AWS::Lambda::Function')[idOf(stack.pipeline.functions.extract)]!);

  it('is a container image (arm64) built from infra/images/extract at deploy time, with its own limits', () => {
    const props = fn();
    expect(props.PackageType).toBe('Image');
    expect(props.Architectures).toEqual(['arm64']);
    expect(props.Timeout).toBe(900);
    // One full vCPU: its render-then-OCR loop is single-threaded.
    expect(props.MemorySize).toBe(1769);
    expect(props.Runtime).toBeUndefined();
    const env = (props.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env.QUEUE_URL_EXTRACT).toEqual({ Ref: idOf(stack.pipeline.queues.extract) });
    expect(String(env.TOKEN_SECRET)).toMatch(/^unused-/);
  });

  it('reads one issue at a time, at most four at once', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [idOf(stack.pipeline.queues.extract), 'Arn'] },
      BatchSize: 1,
      ScalingConfig: { MaximumConcurrency: 4 },
    });
  });

  it('alarms when an issue is given up after its attempts (issue 15.5)', () => {
    const alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map(propsOf);
    expect(alarms.some((a) => JSON.stringify(a.Metrics ?? '').includes('SUM(IssuesGivenUp)'))).toBe(true);
  });
});

describe('queues', () => {
  const consumers = { fetch: 'fetch', extract: 'extract', process: 'process', notify: 'notify' } as const;

  for (const [name, fnId] of Object.entries(consumers) as [keyof typeof consumers, PipelineFunctionId][]) {
    it(`${name}: encrypted, DLQ after 3 receives, visibility 6× the ${fnId} timeout, partial batch responses`, () => {
      const q = propsOf(resourcesOf(template, 'AWS::SQS::Queue')[idOf(stack.pipeline.queues[name])]!);
      const fn = propsOf(resourcesOf(template, 'AWS::Lambda::Function')[idOf(stack.pipeline.functions[fnId])]!);
      expect(q.SqsManagedSseEnabled).toBe(true);
      expect(q.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [idOf(stack.pipeline.deadLetterQueues[name]), 'Arn'] },
        maxReceiveCount: 3,
      });
      expect(q.VisibilityTimeout).toBe((fn.Timeout as number) * 6);
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [idOf(stack.pipeline.queues[name]), 'Arn'] },
        FunctionName: { Ref: idOf(stack.pipeline.functions[fnId]) },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    });
  }

  it('every queue, DLQs included, is encrypted and refuses plain HTTP', () => {
    const queues = resourcesOf(template, 'AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(10);
    for (const q of Object.values(queues)) expect(propsOf(q).SqsManagedSseEnabled).toBe(true);
    const policies = Object.values(resourcesOf(template, 'AWS::SQS::QueuePolicy'));
    const denied = policies.filter((p) =>
      (propsOf(p).PolicyDocument as { Statement: Json[] }).Statement.some(
        (s) => s.Effect === 'Deny' && JSON.stringify(s.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
      ),
    );
    expect(denied).toHaveLength(10);
  });

  it('DLQs keep messages 14 days', () => {
    for (const q of Object.values(stack.pipeline.deadLetterQueues)) {
      expect(propsOf(resourcesOf(template, 'AWS::SQS::Queue')[idOf(q)]!).MessageRetentionPeriod).toBe(14 * 24 * 3600);
    }
  });
});

describe('schedules (EventBridge Scheduler, Asia/Shanghai)', () => {
  const schedule = (fnId: LambdaFunctionId, expression: string) => {
    const all = Object.values(resourcesOf(template, 'AWS::Scheduler::Schedule')).map(propsOf);
    return all.find(
      (s) => s.ScheduleExpression === expression && JSON.stringify((s.Target as Json).Arn).includes(idOf(stack.pipeline.functions[fnId])),
    );
  };

  it('plan runs hourly with a 60-minute window', () => {
    const s = schedule('plan', 'cron(0 * * * ? *)');
    expect(s?.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    expect(JSON.parse((s?.Target as { Input: string }).Input)).toEqual({ windowMinutes: 60 });
    expect(s?.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
  });

  it('daily and weekly digests at 08:00 Shanghai with the scheduled time as the period instant', () => {
    const daily = schedule('digest', 'cron(0 8 * * ? *)');
    const weekly = schedule('digest', 'cron(0 8 ? * MON *)');
    expect(daily?.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    expect(weekly?.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    expect(JSON.parse((daily?.Target as { Input: string }).Input)).toEqual({ frequency: 'daily', at: '<aws.scheduler.scheduled-time>' });
    expect(JSON.parse((weekly?.Target as { Input: string }).Input)).toEqual({ frequency: 'weekly', at: '<aws.scheduler.scheduled-time>' });
  });

  it('failed invocations go to the schedules DLQ', () => {
    for (const s of Object.values(resourcesOf(template, 'AWS::Scheduler::Schedule')).map(propsOf)) {
      expect((s.Target as Json).DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': [idOf(stack.pipeline.deadLetterQueues.schedules), 'Arn'] } });
    }
  });
});

describe('mail', () => {
  it('verifies the domain with Easy DKIM and sends through the configuration set', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'gazette.example.cn',
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: idOf(stack.mail.configurationSet) } },
      DkimAttributes: { SigningEnabled: true },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', { DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
  });

  it('publishes bounces and complaints to the encrypted feedback topic, which mail-events reads', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint']),
        SnsDestination: { TopicARN: { Ref: idOf(stack.mail.feedbackTopic) } },
      },
    });
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [idOf(stack.topicKey.key), 'Arn'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: idOf(stack.mail.feedbackTopic) },
      Endpoint: { 'Fn::GetAtt': [idOf(stack.pipeline.functions['mail-events']), 'Arn'] },
    });
  });
});

describe('api', () => {
  it('one HTTP API, payload 2.0 to the api function, throttled $default stage with access logs', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [idOf(stack.api.accessLogs), 'Arn'] } },
    });
  });
});

describe('monitoring', () => {
  const alarms = () => Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map(propsOf);

  it('alarms on every DLQ', () => {
    for (const q of Object.values(stack.pipeline.deadLetterQueues)) {
      const a = alarms().find(
        (p) => p.MetricName === 'ApproximateNumberOfMessagesVisible' && JSON.stringify(p.Dimensions).includes(idOf(q)),
      );
      expect(a).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  it('alarms on every function’s errors', () => {
    for (const fnId of pipelineFunctionIds) {
      const a = alarms().find((p) => p.MetricName === 'Errors' && JSON.stringify(p.Dimensions).includes(idOf(stack.pipeline.functions[fnId])));
      expect(a, fnId).toBeDefined();
    }
  });

  it('alarms on fetch failures (Metrics Insights over the per-source FetchFailures metric)', () => {
    const a = alarms().find((p) => JSON.stringify(p.Metrics ?? '').includes('FetchFailures'));
    expect(a?.Threshold).toBe(10);
    expect(a?.Metrics).toEqual([
      expect.objectContaining({ Expression: 'SELECT SUM(FetchFailures) FROM GazetteWatch', Period: 3600 }),
    ]);
  });

  it('alarms on quiet sources and on a plan that stopped running', () => {
    expect(alarms()).toContainEqual(
      expect.objectContaining({ Namespace: 'GazetteWatch', MetricName: 'QuietSources', Dimensions: [{ Name: 'service', Value: 'gazette-watch' }], Threshold: 1 }),
    );
    expect(alarms()).toContainEqual(expect.objectContaining({ MetricName: 'Invocations', ComparisonOperator: 'LessThanThreshold', TreatMissingData: 'breaching' }));
  });

  it('every alarm notifies the encrypted alarm topic, mailed to the operators', () => {
    for (const a of alarms()) expect(a.AlarmActions).toEqual([{ Ref: idOf(stack.monitoring.alarmTopic) }]);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.cn' });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [idOf(stack.topicKey.key), 'Arn'] }, DisplayName: 'gazette-watch alarms' });
  });

  it('one KMS key for both topics, usable by SES and CloudWatch of this account only', () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    const [key] = Object.values(template.findResources('AWS::KMS::Key')) as { Properties: { KeyPolicy: { Statement: { Sid?: string; Principal?: { Service?: string }; Condition?: unknown }[] } } }[];
    const services = key?.Properties.KeyPolicy.Statement.filter((st) => st.Principal?.Service).map((st) => [st.Principal?.Service, st.Condition]);
    expect(services).toEqual([
      ['ses.amazonaws.com', { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }],
      ['cloudwatch.amazonaws.com', { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }],
    ]);
  });

  it('has a dashboard, which graphs the reading counts that have no alarm', () => {
    template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'gazette-watch-test' });
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard')) as { Properties: { DashboardBody: unknown } }[];
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const name of ['OcrPages', 'PartialIssues', 'IssuesFailed', 'IssuesGivenUp', 'NewIssues', 'FetchFailures']) expect(body).toContain(`SELECT SUM(${name}) FROM GazetteWatch`);
  });
});

describe('outputs', () => {
  it('gives the CLI environment for `gw sources add` against the stack', () => {
    const outputs = template.findOutputs('CliEnvironment');
    const text = render(Object.values(outputs)[0]!.Value);
    for (const name of ['GW_MODE=production', 'BUCKET_NAME=', 'TOKEN_SECRET_ARN=', 'PUBLIC_BASE_URL=', ...tableIds.map((id) => `${tableEnvVar(id)}=`)]) {
      expect(text).toContain(name);
    }
  });
});
