/** Issue 14 in the stack: the weekly re-check (function, least-privilege role, schedule) and the archive's Object Lock. */
import { describe, expect, it } from 'vitest';
import { buildStack, defaultStack, propsOf, resourcesOf } from './helpers.ts';
import { Template } from 'aws-cdk-lib/assertions';
import { Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

const idOf = (c: Construct): string => Stack.of(c).getLogicalId((c.node.defaultChild ?? c) as never);

describe('land notices re-check', () => {
  const { stack, template } = defaultStack();

  it('runs weekly on Monday 03:00 Asia/Shanghai by default, with the scheduled time as its "now"', () => {
    const schedule = propsOf(resourcesOf(template, 'AWS::Scheduler::Schedule')[idOf(stack.recheck.schedule)]!);
    expect(schedule.ScheduleExpression).toBe('cron(0 3 ? * MON *)');
    expect(schedule.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    const target = schedule.Target as { Input: string; DeadLetterConfig: unknown; RetryPolicy: { MaximumRetryAttempts: number } };
    expect(JSON.parse(target.Input)).toEqual({ at: '<aws.scheduler.scheduled-time>' });
    expect(target.RetryPolicy.MaximumRetryAttempts).toBe(2);
    expect(target.DeadLetterConfig).toBeDefined();
  });

  it('takes its schedule from the recheckCron parameter', () => {
    const { stack: other } = buildStack({ recheckCron: 'cron(30 2 ? * SUN *)' });
    const t = Template.fromStack(other);
    const schedule = propsOf(resourcesOf(t, 'AWS::Scheduler::Schedule')[idOf(other.recheck.schedule)]!);
    expect(schedule.ScheduleExpression).toBe('cron(30 2 ? * SUN *)');
  });

  it('is a Node 22 arm64 function whose one policy names no wildcard resource', () => {
    const fn = propsOf(resourcesOf(template, 'AWS::Lambda::Function')[idOf(stack.recheck.function)]!);
    expect(fn.Runtime).toBe('nodejs22.x');
    expect(fn.Architectures).toEqual(['arm64']);
    const env = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env.TABLE_PROJECTS).toEqual({ Ref: idOf(stack.storage.tables.projects) });
    const policies = Object.values(resourcesOf(template, 'AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(propsOf(p).Roles).includes(idOf(stack.recheck.function.role as never)),
    );
    expect(policies).toHaveLength(1);
    const statements = (propsOf(policies[0]!).PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement;
    for (const s of statements) expect(s.Resource).not.toBe('*');
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Scan', 'dynamodb:UpdateItem', 's3:PutObject', 'ses:SendRawEmail']));
    expect(actions).not.toContain('dynamodb:DeleteItem');
    expect(actions).not.toContain('s3:DeleteObject');
  });
});

describe('archive Object Lock (evidence that holds)', () => {
  it('locks every object version in COMPLIANCE mode for 3650 days by default', () => {
    const { stack, template } = defaultStack();
    const bucket = propsOf(resourcesOf(template, 'AWS::S3::Bucket')[idOf(stack.storage.bucket)]!);
    expect(bucket.ObjectLockEnabled).toBe(true);
    expect(bucket.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } } });
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
  });

  it('takes the retention period and mode from the parameters', () => {
    const { stack } = buildStack({ archiveRetentionDays: '30', archiveRetentionMode: 'GOVERNANCE' });
    const t = Template.fromStack(stack);
    const bucket = propsOf(resourcesOf(t, 'AWS::S3::Bucket')[idOf(stack.storage.bucket)]!);
    expect(bucket.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } });
  });

  it('refuses a retention period that is not a whole number of days', () => {
    expect(() => buildStack({ archiveRetentionDays: '0' })).toThrow(/archiveRetentionDays/);
  });
});
