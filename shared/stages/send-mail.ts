import type { RenderedMail } from '../notify/render-digest.ts';
import type { Subscription } from '../model/subscription.ts';
import type { DeliveryRepository } from '../store/ports.ts';
import { deliverMail, type MailSender } from './deliver-mail.ts';
import { mailLinksFor, type LinkSettings } from './mail-links.ts';

export interface SendMailDeps extends MailSender {
  deliveries: DeliveryRepository;
  links: LinkSettings;
  now: () => Date;
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
  const messageId = await deliverMail(deps, {
    to: subscription.email,
    subscriberId: subscription.subscriberId,
    mail,
    unsubscribeUrl: links.unsubscribeUrl,
    deliveryKey,
    now: deps.now(),
  });
  await deps.deliveries.markSent(subscription.subscriberId, deliveryKey, messageId, deps.now().toISOString());
  return 'sent';
}
