import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { pipelineFunctionIds } from '../bundling.ts';
import type { StackConfig } from '../config.ts';
import type { Api } from './api.ts';
import { METRICS_NAMESPACE, type Pipeline } from './pipeline.ts';
import { pascal } from './storage.ts';
import type { TopicKey } from './topic-key.ts';

/** The Powertools service name every function reports under (dimension `service`). */
export const SERVICE_NAME = 'gazette-watch';

/**
 * Failed fetches of all sources together. functions/fetch.ts emits batch totals (dimension service only,
 * never per source: see OPERATIONS.md, cost); a Metrics Insights query over the namespace sums every
 * series of that name, so the alarm does not depend on the exact dimension set.
 */
export const fetchFailuresQuery = `SELECT SUM(FetchFailures) FROM ${METRICS_NAMESPACE}`;
export const newIssuesQuery = `SELECT SUM(NewIssues) FROM ${METRICS_NAMESPACE}`;
/** Issues failed because their extract/process attempts ran out (issue 15.5; functions/extract.ts, functions/process.ts). */
export const issuesGivenUpQuery = `SELECT SUM(IssuesGivenUp) FROM ${METRICS_NAMESPACE}`;
/** Published only in hours that have some (functions/extract.ts, functions/process.ts): no data reads as none. */
export const readingQueries = {
  OcrPages: `SELECT SUM(OcrPages) FROM ${METRICS_NAMESPACE}`,
  PartialIssues: `SELECT SUM(PartialIssues) FROM ${METRICS_NAMESPACE}`,
  IssuesFailed: `SELECT SUM(IssuesFailed) FROM ${METRICS_NAMESPACE}`,
} as const;

/**
 * Alarms (to one SNS topic mailed to the operators) and the operations dashboard:
 * DLQ depth, function errors, fetch failures, quiet sources, a plan that stopped running.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: { config: StackConfig; pipeline: Pipeline; api: Api; topicKey: TopicKey }) {
    super(scope, id);
    const { config, pipeline, api } = props;

    // CloudWatch may only publish to an encrypted topic through a customer-managed key that lets it.
    props.topicKey.allowPublisher('CloudWatchPublishesAlarms', 'cloudwatch.amazonaws.com');
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { displayName: 'gazette-watch alarms', masterKey: props.topicKey.key, enforceSSL: true });
    this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
    const notify = new actions.SnsAction(this.alarmTopic);

    const alarm = (alarmId: string, props: cloudwatch.AlarmProps): cloudwatch.Alarm => {
      const a = new cloudwatch.Alarm(this, alarmId, props);
      a.addAlarmAction(notify);
      a.addOkAction(notify);
      this.alarms.push(a);
      return a;
    };

    // A message in a DLQ is work that failed three times: someone must read why and redrive it.
    for (const [name, queue] of Object.entries(pipeline.deadLetterQueues)) {
      alarm(`${pascal(name)}DlqDepth`, {
        alarmDescription: `Messages in the ${name} DLQ (${queue.node.path}): read the failures in the logs, fix, then redrive (docs/OPERATIONS.md).`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    // Record failures are reported per message (partial batch responses); an invocation error means the
    // function itself broke (configuration, permissions, timeout), so every one counts.
    for (const fnId of pipelineFunctionIds) {
      alarm(`${pascal(fnId)}Errors`, {
        alarmDescription: `The ${fnId} function failed (errors or timeouts): see its log group.`,
        metric: pipeline.functions[fnId].metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    alarm('IssuesGivenUp', {
      alarmDescription: 'An issue was failed after its extract/process attempts ran out (not the file: a missing object, a store error): `gw` issue record has lastError.',
      metric: new cloudwatch.MathExpression({ expression: issuesGivenUpQuery, period: Duration.hours(1), label: 'IssuesGivenUp' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    alarm('FetchFailures', {
      alarmDescription: `At least ${config.fetchFailureAlarmThreshold} failed source fetches in an hour: \`gw sources list\` shows which sources fail and why.`,
      metric: new cloudwatch.MathExpression({ expression: fetchFailuresQuery, period: Duration.hours(1), label: 'FetchFailures' }),
      threshold: config.fetchFailureAlarmThreshold,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const quietSources = new cloudwatch.Metric({
      namespace: METRICS_NAMESPACE,
      metricName: 'QuietSources',
      dimensionsMap: { service: SERVICE_NAME },
      statistic: cloudwatch.Stats.MAXIMUM,
      period: Duration.hours(1),
    });
    alarm('QuietSources', {
      alarmDescription: `At least one source published nothing new for ${config.quietDays} days. The plan log has one "sources needing attention" line per province (quiet and broken sources, with counts); \`gw sources list --problems\` shows the same: check the index page and its discovery.`,
      metric: quietSources,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // Without plan runs nothing is fetched and no other alarm would fire.
    alarm('PlanNotRunning', {
      alarmDescription: 'The plan function was not invoked for 2 hours: check the EventBridge Scheduler schedule and the schedules DLQ.',
      metric: pipeline.functions.plan.metricInvocations({ period: Duration.hours(2), statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `gazette-watch-${config.stage}`,
      defaultInterval: Duration.days(7),
    });
    const fnMetric = (f: (fnId: (typeof pipelineFunctionIds)[number]) => cloudwatch.IMetric) => pipelineFunctionIds.map(f);
    this.dashboard.addWidgets(
      new cloudwatch.TextWidget({
        markdown:
          '# 公报哨兵 gazette-watch\n抓取 → 处理 → 通知 pipeline. 读法 how to read it: docs/OPERATIONS.md「看板」. Alarms go to the alarm topic.',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: '新期次与抓取失败 New issues / fetch failures (per hour)',
        left: [new cloudwatch.MathExpression({ expression: newIssuesQuery, period: Duration.hours(1), label: 'NewIssues' })],
        right: [new cloudwatch.MathExpression({ expression: fetchFailuresQuery, period: Duration.hours(1), label: 'FetchFailures' })],
        width: 12,
      }),
      new cloudwatch.SingleValueWidget({
        title: `沉寂信息源 Quiet sources (≥ ${config.quietDays} days)`,
        metrics: [quietSources],
        width: 6,
      }),
      new cloudwatch.AlarmStatusWidget({ title: '告警 Alarms', alarms: this.alarms, width: 6 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: '读取 Reading: OCR 页数 pages · 部分读取 partial · 失败 failed · 放弃 given up (per hour)',
        left: [new cloudwatch.MathExpression({ expression: readingQueries.OcrPages, period: Duration.hours(1), label: 'OcrPages' })],
        right: [
          new cloudwatch.MathExpression({ expression: readingQueries.PartialIssues, period: Duration.hours(1), label: 'PartialIssues' }),
          new cloudwatch.MathExpression({ expression: readingQueries.IssuesFailed, period: Duration.hours(1), label: 'IssuesFailed' }),
          new cloudwatch.MathExpression({ expression: issuesGivenUpQuery, period: Duration.hours(1), label: 'IssuesGivenUp' }),
        ],
        width: 24,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: '队列积压 Queue backlog (visible)',
        left: Object.entries(pipeline.queues).map(([name, q]) =>
          q.metricApproximateNumberOfMessagesVisible({ label: name, statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
        ),
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: '最老消息 Oldest message age (s)',
        left: Object.entries(pipeline.queues).map(([name, q]) =>
          q.metricApproximateAgeOfOldestMessage({ label: name, statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
        ),
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: '死信队列 DLQ depth',
        left: Object.entries(pipeline.deadLetterQueues).map(([name, q]) =>
          q.metricApproximateNumberOfMessagesVisible({ label: name, statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
        ),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: '函数错误 Function errors',
        left: fnMetric((fnId) => pipeline.functions[fnId].metricErrors({ label: fnId, period: Duration.minutes(5) })),
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: '函数耗时 Duration p95 (ms)',
        left: fnMetric((fnId) => pipeline.functions[fnId].metricDuration({ label: fnId, statistic: 'p95', period: Duration.minutes(5) })),
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: '并发与限流 Concurrency / throttles',
        left: fnMetric((fnId) =>
          pipeline.functions[fnId].metric('ConcurrentExecutions', { label: fnId, statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
        ),
        right: fnMetric((fnId) => pipeline.functions[fnId].metricThrottles({ label: `${fnId} throttles`, period: Duration.minutes(5) })),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: '订阅接口 API requests / 4xx / 5xx',
        left: [api.httpApi.metricCount({ label: 'requests', period: Duration.minutes(5) })],
        right: [
          api.httpApi.metricClientError({ label: '4xx', period: Duration.minutes(5) }),
          api.httpApi.metricServerError({ label: '5xx', period: Duration.minutes(5) }),
        ],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: '邮件信誉 SES bounce / complaint rate (account)',
        left: [
          new cloudwatch.Metric({ namespace: 'AWS/SES', metricName: 'Reputation.BounceRate', statistic: cloudwatch.Stats.MAXIMUM, period: Duration.hours(1) }),
          new cloudwatch.Metric({ namespace: 'AWS/SES', metricName: 'Reputation.ComplaintRate', statistic: cloudwatch.Stats.MAXIMUM, period: Duration.hours(1) }),
        ],
        width: 12,
      }),
    );
  }
}
