import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createApp } from '../../infra/app.ts';
import type { GazetteWatchStack } from '../../infra/stack.ts';

/** Parameters every test stack gets (the required ones have no default). */
export const baseContext = {
  stage: 'test',
  mailFrom: 'alerts@gazette.example.cn',
  mailDomain: 'gazette.example.cn',
  alarmEmail: 'ops@example.cn',
};

/** Builds the app like infra/app.ts does, without bundling (assertions do not need the bundles). */
export function buildStack(context: Record<string, unknown> = {}): { app: App; stack: GazetteWatchStack } {
  const app = new App({ context: { ...baseContext, ...context, 'aws:cdk:bundling-stacks': [] } });
  return createApp(app);
}

let cached: { app: App; stack: GazetteWatchStack; template: Template } | undefined;

/** One synthesised stack shared by the assertion tests of a file (synthesis is the slow part). */
export function defaultStack(): { app: App; stack: GazetteWatchStack; template: Template } {
  if (!cached) {
    const { app, stack } = buildStack();
    cached = { app, stack, template: Template.fromStack(stack) };
  }
  return cached;
}

type Json = Record<string, unknown>;

/** The CloudFormation resources of one type, by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, Json> {
  return template.findResources(type) as Record<string, Json>;
}

export const propsOf = (resource: Json): Json => (resource.Properties ?? {}) as Json;
