/**
 * The fixed items of the bill, counted from the stack itself rather than written down: the app is built as
 * `cdk synth` builds it (without bundling, which the count does not need) and its template's resources are
 * counted. Add an alarm, a key or a queue to the stack and the cost model follows.
 */
import { App } from 'aws-cdk-lib';
import { createApp } from '../../infra/app.ts';

/** What the stack deploys that is billed by the month, or polled while idle. */
export interface StackInventory {
  alarms: number;
  dashboards: number;
  kmsKeys: number;
  secrets: number;
  /** SQS queues an event source mapping polls (each polled while idle). */
  polledQueues: number;
  /** Retention of the functions' log groups, in months (the longest). */
  logRetentionMonths: number;
}

/** The context `cdk synth` needs (the required parameters have no default); values only name things. */
const inventoryContext = { stage: 'cost', mailFrom: 'alerts@gazette.example.cn', mailDomain: 'gazette.example.cn', alarmEmail: 'ops@example.cn', 'aws:cdk:bundling-stacks': [] };

type Resource = { Type: string; Properties?: Record<string, unknown> };

export function countStack(resources: Record<string, Resource>): StackInventory {
  const all = Object.values(resources);
  const count = (...types: string[]) => all.filter((r) => types.includes(r.Type)).length;
  const retentionDays = all.filter((r) => r.Type === 'AWS::Logs::LogGroup').map((r) => Number(r.Properties?.RetentionInDays ?? 0));
  const polled = new Set(
    all
      .filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping')
      .map((r) => JSON.stringify(r.Properties?.EventSourceArn ?? null))
      .filter((arn) => arn !== 'null'),
  );
  return {
    alarms: count('AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm'),
    dashboards: count('AWS::CloudWatch::Dashboard'),
    kmsKeys: count('AWS::KMS::Key'),
    secrets: count('AWS::SecretsManager::Secret'),
    polledQueues: polled.size,
    logRetentionMonths: Math.max(0, ...retentionDays) / 30,
  };
}

/** Builds the stack and counts it. */
export function stackInventory(): StackInventory {
  const { app, stack } = createApp(new App({ context: inventoryContext }));
  const template = app.synth().getStackByName(stack.stackName).template as { Resources: Record<string, Resource> };
  return countStack(template.Resources);
}
