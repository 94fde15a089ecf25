import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * One customer-managed KMS key for the stack's SNS topics (SES feedback, alarms). Neither SES nor CloudWatch
 * may publish to a topic encrypted with the AWS-managed SNS key, so each topic needs a key whose policy lets
 * that service in; one key with one statement per service does for both (a key is US$1 a month: issue 18).
 */
export class TopicKey extends Construct {
  readonly key: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', { description: 'gazette-watch: encrypts the SNS topics (SES feedback, alarms)', enableKeyRotation: true });
    Validations.of(this.key).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'In a KMS key policy "*" means this key itself; each statement is limited to one AWS service of this account.',
    });
  }

  /** Lets `service` (e.g. ses.amazonaws.com) of this account encrypt messages for the topics under this key. */
  allowPublisher(sid: string, service: string): void {
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid,
        principals: [new iam.ServicePrincipal(service)],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
  }
}
