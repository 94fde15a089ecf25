import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { Mailer } from './ports.ts';

/**
 * Mailer over SES SendRawEmail: we build the MIME ourselves so List-Unsubscribe,
 * List-Unsubscribe-Post and Message-ID are exactly what RFC 8058 and the mailbox providers expect.
 */
export class SesMailer implements Mailer {
  constructor(private readonly ses: SESClient) {}

  async sendRaw(input: { from: string; to: string; raw: string; configurationSet: string | null }): Promise<string> {
    const out = await this.ses.send(
      new SendRawEmailCommand({
        Source: input.from,
        Destinations: [input.to],
        RawMessage: { Data: new TextEncoder().encode(input.raw) },
        ...(input.configurationSet ? { ConfigurationSetName: input.configurationSet } : {}),
      }),
    );
    if (!out.MessageId) throw new Error('SES returned no MessageId');
    return out.MessageId;
  }
}
