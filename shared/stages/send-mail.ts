import { buildMimeMessage } from '../notify/mime.ts';
import type { RenderedMail } from '../notify/render-digest.ts';
import type { Subscription } from '../model/subscription.ts';
import type { DeliveryRepository, Mailer } from '../store/ports.ts';
import { mailLinksFor, unsubscribeMailto, type LinkSettings } from './mail-links.ts';

export interface SendMailDeps {
  mailer: Mailer;
  deliveries: DeliveryRepository;
  mailFrom: string;
  configurationSet: string | null;
  links: LinkSettings;
  now: () => Date;
  /** Called with every mail actually sent (the local cloud writes its outbox from it). */
  onSent?: (mail: { to: string; subject: string; html: string; text: string; raw: string; messageId: string; deliveryKey: string }) => Promise<void>;
}

/**
 * Sends one mail to a subscriber at most once per delivery key (a digest period or an alert):
 * claimed first, marked sent after SES accepted it. A crash between the two resends (at least once,
 * never lost); a replay after success sends nothing.
 */
export async function sendOnce(
  subscription: Subscription,
  deliveryKey: string,
  render: (links: ReturnType<typeof mailLinksFor>) => RenderedMail,
  deps: SendMailDeps,
): Promise<'sent' | 'already-sent'> {
  const claim = await deps.deliveries.claim(subscription.subscriberId, deliveryKey, deps.now().toISOString());
  if (claim === 'sent') return 'already-sent';
  const links = mailLinksFor(subscription.subscriberId, deps.links);
  const mail = render(links);
  const domain = (/@([^>\s]+)/.exec(deps.mailFrom)?.[1] ?? 'gazette-watch.local').toLowerCase();
  const { raw } = buildMimeMessage({
    from: deps.mailFrom,
    to: subscription.email,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageIdDomain: domain,
    listUnsubscribe: { url: links.unsubscribeUrl, mailto: unsubscribeMailto(deps.mailFrom, subscription.subscriberId) },
    configurationSet: deps.configurationSet,
    date: deps.now(),
  });
  const messageId = await deps.mailer.sendRaw({ from: deps.mailFrom, to: subscription.email, raw, configurationSet: deps.configurationSet });
  await deps.deliveries.markSent(subscription.subscriberId, deliveryKey, messageId, deps.now().toISOString());
  await deps.onSent?.({ to: subscription.email, subject: mail.subject, html: mail.html, text: mail.text, raw, messageId, deliveryKey });
  return 'sent';
}
