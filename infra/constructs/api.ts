import { Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { StackConfig } from '../config.ts';

/**
 * The public HTTP API (payload 2.0): one catch-all route to the api function, whose router
 * (shared/subscribe/router.ts) serves /, /subscribe, /confirm, /preferences, /unsubscribe and /archive/{key}
 * and answers 404/405 itself. Stage throttling caps what a flood can cost; per-address and per-client limits
 * are in the router.
 */
export class Api extends Construct {
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: { config: StackConfig; handler: lambda.IFunction }) {
    super(scope, id);
    const { config, handler } = props;

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'gazette-watch subscriptions, pages and archive links',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', handler, {
        payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
      }),
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        // No query strings or bodies: links carry signed tokens that must not end up in logs.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    for (const route of this.httpApi.node.findAll()) {
      if (route instanceof apigwv2.HttpRoute) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Public subscription pages and one-click unsubscribe (RFC 8058) must work without an account; every action on a subscription needs an HMAC-signed token checked by the router, and the router rate-limits per address and client.',
        });
      }
    }
  }

  /** The base URL of the API ($default stage), for links in mails. */
  get url(): string {
    return `${this.httpApi.apiEndpoint}/`;
  }
}
