import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { Mailer } from './ports.ts';
import { classifySesError } from './ses-errors.ts';

/**
 * Mailer over SES SendRawEmail: we build the MIME ourselves so List-Unsubscribe,
 * List-Unsubscribe-Post and Message-ID are exactly what RFC 8058 and the mailbox providers expect.
 * A permanent refusal of the recipient is thrown as RecipientRejectedError; every other error as is (retryable).
 */
export class SesMailer implements Mailer {
  constructor(private readonly ses: SESClient) {}

  async sendRaw(input: { from: string; to: string; raw: string; configurationSet: string | null }): Promise<string> {
    let messageId: string | undefined;
    try {
      const out = await this.ses.send(
        new SendRawEmailCommand({
          Source: input.from,
          Destinations: [input.to],
          RawMessage: { Data: new TextEncoder().encode(input.raw) },
          ...(input.configurationSet ? { ConfigurationSetName: input.configurationSet } : {}),
        }),
      );
      messageId = out.MessageId;
    } catch (err) {
      throw classifySesError(err, input.to) ?? err;
    }
    if (!messageId) throw new Error('SES returned no MessageId');
    return messageId;
  }
}
