import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { StackConfig } from '../config.ts';
import type { TopicKey } from './topic-key.ts';

/**
 * Sending mail: the SES domain identity (Easy DKIM), a configuration set every mail is sent with, and the
 * SNS topic SES publishes bounces and complaints to (the mail-events function suppresses those addresses).
 */
export class Mail extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly feedbackTopic: sns.Topic;
  readonly mailFrom: string;

  constructor(scope: Construct, id: string, props: { config: StackConfig; topicKey: TopicKey }) {
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

    // SES cannot publish to a topic encrypted with the AWS-managed SNS key: the stack's topic key lets it.
    props.topicKey.allowPublisher('SesPublishesFeedback', 'ses.amazonaws.com');

    this.feedbackTopic = new sns.Topic(this, 'FeedbackTopic', {
      displayName: 'gazette-watch SES bounces and complaints',
      masterKey: props.topicKey.key,
      enforceSSL: true,
    });

    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: ses.EventDestination.snsTopic(this.feedbackTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
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
