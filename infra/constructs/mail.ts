import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { StackConfig } from '../config.ts';

/**
 * Sending mail: the SES domain identity (Easy DKIM), a configuration set every mail is sent with, and the
 * SNS topic SES publishes bounces and complaints to (the mail-events function suppresses those addresses).
 */
export class Mail extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly feedbackTopic: sns.Topic;
  readonly feedbackKey: kms.Key;
  readonly mailFrom: string;

  constructor(scope: Construct, id: string, props: { config: StackConfig }) {
    super(scope, id);
    const { config } = props;
    this.mailFrom = config.mailFrom;

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      // Refuse to hand mail to a receiving server that cannot do TLS: links in mails carry signed tokens.
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: ses.Identity.domain(config.mailDomain),
      configurationSet: this.configurationSet,
      dkimSigning: true,
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    });

    // SES cannot publish to a topic encrypted with the AWS-managed SNS key, so the topic gets its own key
    // whose policy lets SES (for this account's configuration set only) use it.
    this.feedbackKey = new kms.Key(this, 'FeedbackKey', {
      description: 'gazette-watch: encrypts the SES bounce/complaint topic',
      enableKeyRotation: true,
    });
    const account = Stack.of(this).account;
    this.feedbackKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'SesPublishesFeedback',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );

    this.feedbackTopic = new sns.Topic(this, 'FeedbackTopic', {
      displayName: 'gazette-watch SES bounces and complaints',
      masterKey: this.feedbackKey,
      enforceSSL: true,
    });

    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: ses.EventDestination.snsTopic(this.feedbackTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });

    Validations.of(this.feedbackKey).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'In a KMS key policy "*" means this key itself; the statement is limited to the SES service of this account.',
    });
  }

  /** ARN of the domain identity, for ses:SendRawEmail. */
  get identityArn(): string {
    return this.identity.emailIdentityArn;
  }

  /** ARN of the configuration set: SendRawEmail with ConfigurationSetName is authorised on it too. */
  get configurationSetArn(): string {
    return Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName });
  }

  /** ses:SendRawEmail for a function that sends mail: on our identity and configuration set, only as our sender. */
  sendStatement(): iam.PolicyStatement {
    return new iam.PolicyStatement({
      sid: 'SendMail',
      actions: ['ses:SendRawEmail'],
      resources: [this.identityArn, this.configurationSetArn],
      // Only as our sender, whatever a bug might put in From.
      conditions: { StringEquals: { 'ses:FromAddress': this.mailFrom } },
    });
  }
}
