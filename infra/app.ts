import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { pathToFileURL } from 'node:url';
import { stackConfigFromContext } from './config.ts';
import { GazetteWatchStack } from './stack.ts';

/**
 * The CDK app: `npx cdk synth|deploy -c stage=prod -c mailFrom=… -c mailDomain=… -c alarmEmail=…`.
 * cdk-nag's AwsSolutions pack runs as a policy-validation plugin: any unacknowledged finding fails synth.
 */
export function createApp(app: App = new App()): { app: App; stack: GazetteWatchStack } {
  const config = stackConfigFromContext((key) => app.node.tryGetContext(key));
  const stack = new GazetteWatchStack(app, `GazetteWatch-${config.stage}`, {
    config,
    description: `公报哨兵 gazette-watch (${config.stage})`,
    // Env-agnostic unless the CLI knows the target: `cdk deploy` fills these from the profile.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    tags: { project: 'gazette-watch', stage: config.stage },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

// Synthesise when run by the CDK CLI (cdk.json), not when a test imports createApp.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  createApp().app.synth();
}
