import { CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { readSourceFile } from '../shared/cli/commands/sources.ts';
import { envNames } from '../shared/model/runtime-config.ts';
import { tableEnvVar, tableIds } from '../shared/store/tables.ts';
import type { StackConfig } from './config.ts';
import { Api } from './constructs/api.ts';
import { Mail } from './constructs/mail.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Pipeline, projectRoot } from './constructs/pipeline.ts';
import { Recheck } from './constructs/recheck.ts';
import { Storage } from './constructs/storage.ts';
import { TopicKey } from './constructs/topic-key.ts';

export interface GazetteWatchStackProps extends StackProps {
  config: StackConfig;
}

/** gazette-watch: one stack, one construct per concern (storage, mail, pipeline, api, monitoring). */
export class GazetteWatchStack extends Stack {
  readonly storage: Storage;
  readonly topicKey: TopicKey;
  readonly mail: Mail;
  readonly pipeline: Pipeline;
  readonly api: Api;
  readonly monitoring: Monitoring;
  readonly recheck: Recheck;

  constructor(scope: Construct, id: string, props: GazetteWatchStackProps) {
    super(scope, id, props);
    const { config } = props;
    const sourceCount = checkSourcesFile(config.sourcesFile);

    this.storage = new Storage(this, 'Storage', { archiveRetention: { days: config.archiveRetentionDays, mode: config.archiveRetentionMode } });
    this.topicKey = new TopicKey(this, 'TopicKey');
    this.mail = new Mail(this, 'Mail', { config, topicKey: this.topicKey });
    this.pipeline = new Pipeline(this, 'Pipeline', { config, storage: this.storage, mail: this.mail });
    this.api = new Api(this, 'Api', { config, handler: this.pipeline.functions.api });
    // Mail links point at the API unless a custom domain was given; the API exists only now.
    const publicBaseUrl = config.publicBaseUrl ?? this.api.url;
    if (!config.publicBaseUrl) this.pipeline.setPublicBaseUrl(publicBaseUrl);
    this.recheck = new Recheck(this, 'Recheck', { config, storage: this.storage, mail: this.mail, pipeline: this.pipeline, publicBaseUrl });
    this.monitoring = new Monitoring(this, 'Monitoring', { config, pipeline: this.pipeline, api: this.api, topicKey: this.topicKey });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Subscription pages and API' });
    new CfnOutput(this, 'BucketName', { value: this.storage.bucket.bucketName });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
    new CfnOutput(this, 'SesIdentity', { value: config.mailDomain, description: 'Publish its DKIM CNAME records, then wait for "verified"' });
    for (const [name, queue] of Object.entries(this.pipeline.deadLetterQueues)) {
      new CfnOutput(this, `${name.replace(/-/g, '')}DlqUrl`, { value: queue.queueUrl, description: `DLQ of ${name}` });
    }
    // The CLI (`gw sources add|list`, `gw subscribers …`) works against this stack with GW_MODE=production and
    // the same environment the functions get: this output is that environment, ready to `export`.
    const cliEnv: Record<string, string> = {
      [envNames.mode]: 'production',
      AWS_REGION: this.region,
      [envNames.bucket]: this.storage.bucket.bucketName,
      [envNames.fetchQueueUrl]: this.pipeline.queues.fetch.queueUrl,
      [envNames.extractQueueUrl]: this.pipeline.queues.extract.queueUrl,
      [envNames.processQueueUrl]: this.pipeline.queues.process.queueUrl,
      [envNames.notifyQueueUrl]: this.pipeline.queues.notify.queueUrl,
      [envNames.mailFrom]: config.mailFrom,
      [envNames.configurationSet]: this.mail.configurationSet.configurationSetName,
      [envNames.publicBaseUrl]: publicBaseUrl,
      TOKEN_SECRET_ARN: this.pipeline.tokenSecret.secretArn,
    };
    for (const tableId of tableIds) cliEnv[tableEnvVar(tableId)] = this.storage.tables[tableId].tableName;
    new CfnOutput(this, 'CliEnvironment', {
      description: `export these, then: npm run gw -- sources add ${config.sourcesFile} (${sourceCount} sources)`,
      value: Fn.join(' ', Object.entries(cliEnv).map(([k, v]) => Fn.join('', [k, '=', v]))),
    });
  }
}

/** The source list must be valid before anything is deployed: same validation as `gw sources validate`. */
function checkSourcesFile(file: string): number {
  const path = isAbsolute(file) ? file : join(projectRoot, file);
  if (!existsSync(path)) throw new Error(`sourcesFile not found: ${path}`);
  const { sources, errors } = readSourceFile(path);
  if (errors.length > 0) throw new Error(`sourcesFile ${file} is invalid:\n  ${errors.join('\n  ')}`);
  return sources.length;
}
