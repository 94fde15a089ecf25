import { buildMimeMessage } from '../notify/mime.ts';
import type { RenderedMail } from '../notify/render-digest.ts';
import type { Mailer } from '../store/ports.ts';

export interface MailSender {
  mailer: Mailer;
  mailFrom: string;
  configurationSet: string | null;
  /** Called with every mail actually sent (the local cloud writes its outbox from it). */
  onSent?: (mail: { to: string; subject: string; html: string; text: string; raw: string; messageId: string; deliveryKey: string }) => Promise<void>;
}

/**
 * Builds the MIME of one rendered mail (List-Unsubscribe with the https URL, one-click POST,
 * Message-ID, configuration set), sends it and reports it. Returns the provider's message id.
 */
export async function deliverMail(
  sender: MailSender,
  input: { to: string; subscriberId: string; mail: RenderedMail; unsubscribeUrl: string; deliveryKey: string; now: Date },
): Promise<string> {
  const domain = (/@([^>\s]+)/.exec(sender.mailFrom)?.[1] ?? 'gazette-watch.local').toLowerCase();
  const { raw } = await buildMimeMessage({
    from: sender.mailFrom,
    to: input.to,
    subject: input.mail.subject,
    html: input.mail.html,
    text: input.mail.text,
    messageIdDomain: domain,
    listUnsubscribe: { url: input.unsubscribeUrl },
    configurationSet: sender.configurationSet,
    date: input.now,
  });
  const messageId = await sender.mailer.sendRaw({ from: sender.mailFrom, to: input.to, raw, configurationSet: sender.configurationSet });
  await sender.onSent?.({ to: input.to, subject: input.mail.subject, html: input.mail.html, text: input.mail.text, raw, messageId, deliveryKey: input.deliveryKey });
  return messageId;
}
