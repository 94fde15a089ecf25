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

/** The right-hand side of Message-IDs: the sender's domain. */
export const messageIdDomainOf = (mailFrom: string): string => (/@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'gazette-watch.local').toLowerCase();

/**
 * Builds the MIME of one rendered mail (List-Unsubscribe with the https URL, one-click POST,
 * Message-ID — the caller's when given, configuration set), sends it and reports it. Returns the
 * provider's message id; a permanent refusal of the recipient is a RecipientRejectedError.
 */
export async function deliverMail(
  sender: MailSender,
  input: { to: string; subscriberId: string; mail: RenderedMail; unsubscribeUrl: string; deliveryKey: string; now: Date; messageId?: string },
): Promise<string> {
  const domain = messageIdDomainOf(sender.mailFrom);
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
    ...(input.messageId ? { messageId: input.messageId } : {}),
    ...(input.mail.attachments?.length ? { attachments: input.mail.attachments } : {}),
  });
  const messageId = await sender.mailer.sendRaw({ from: sender.mailFrom, to: input.to, raw, configurationSet: sender.configurationSet });
  await sender.onSent?.({ to: input.to, subject: input.mail.subject, html: input.mail.html, text: input.mail.text, raw, messageId, deliveryKey: input.deliveryKey });
  return messageId;
}
