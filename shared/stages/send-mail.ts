import type { RenderedMail } from '../notify/render-digest.ts';
import type { Subscription } from '../model/subscription.ts';
import { RecipientRejectedError } from '../store/mail-errors.ts';
import type { DeliveryRepository, SubscriberRepository } from '../store/ports.ts';
import { stableId } from '../util/hash.ts';
import { claimDelivery } from './claim-delivery.ts';
import { deliverMail, messageIdDomainOf, type MailSender } from './deliver-mail.ts';
import { mailLinksFor, type LinkSettings } from './mail-links.ts';

/** The longest function timeout (digest: 15 min): a live owner's lease never runs out under it. */
export const DEFAULT_LEASE_MS = 15 * 60 * 1000;

export interface SendMailDeps extends MailSender {
  deliveries: DeliveryRepository;
  /** Where a permanent refusal of an address is recorded (the subscriber's profile). */
  rejections: Pick<SubscriberRepository, 'recordRejection'>;
  links: LinkSettings;
  now: () => Date;
  /** How long a claim is held before another worker may take it over (default DEFAULT_LEASE_MS). */
  leaseMs?: number;
  /** A fresh owner id per attempt (default: a random UUID). */
  newOwner?: () => string;
  /** Waits between attempts at recording an outcome (default: setTimeout). */
  sleep?: (ms: number) => Promise<void>;
}

/** Attempts at recording what happened after SES answered (≈ 6 s in all): a lost record there means a resend. */
const RECORD_ATTEMPTS = 9;

/**
 * Records an outcome SES already decided, retrying transient failures in place: once SES accepted a mail,
 * failing here would leave the lease to expire and the mail to be sent again (same Message-ID).
 */
async function record<T>(fn: () => Promise<T>, deps: SendMailDeps): Promise<T> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= RECORD_ATTEMPTS) throw err;
      await sleep(Math.min(1_000, 20 * 2 ** attempt));
    }
  }
}

export type SendResult =
  | { kind: 'sent'; covers: string[]; takeover: boolean }
  /** Sent or rejected by an earlier attempt: nothing to do. */
  | { kind: 'done' }
  /** Another worker holds a live lease on this delivery. */
  | { kind: 'busy'; leaseUntil: string }
  | { kind: 'rejected'; covers: string[]; reason: string };

/** The Message-ID of one delivery: the same for every attempt at it (a taken-over send, a replay). */
export const messageIdFor = (subscriberId: string, deliveryKey: string, mailFrom: string): string =>
  `<gw-${stableId(`${subscriberId}\n${deliveryKey}`, 32)}@${messageIdDomainOf(mailFrom)}>`;

/** A refusal that means the address itself is unusable (not merely unverified in the SES sandbox). */
const suppresses = (err: RecipientRejectedError): boolean => err.kind === 'suppressed' || err.kind === 'invalid-address';

/**
 * Sends one mail to a subscriber at most once per delivery key (a digest period or an alert), under an
 * owned lease: only the worker whose claim holds the lease sends; a concurrent duplicate finds it 'busy'; a
 * lease whose owner died expires and is taken over with the stored Message-ID and covers, so the mail is the
 * same one. A permanent refusal of the recipient is recorded on the delivery and the subscriber and returned
 * (the caller goes on with the others); any other failure releases the lease and is thrown (retried).
 * `render` receives the covers the claim holds (on a takeover, the stored ones).
 */
export async function sendOnce(
  subscription: Subscription,
  deliveryKey: string,
  content: { covers: string[]; render: (covers: string[], links: ReturnType<typeof mailLinksFor>) => Promise<RenderedMail> | RenderedMail },
  deps: SendMailDeps,
): Promise<SendResult> {
  const { subscriberId } = subscription;
  const { claim, owner } = await claimDelivery(
    deps.deliveries,
    { subscriberId, deliveryKey, messageId: messageIdFor(subscriberId, deliveryKey, deps.mailFrom), covers: content.covers },
    { now: deps.now, leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS, ...(deps.newOwner ? { newOwner: deps.newOwner } : {}) },
  );
  if (claim.kind === 'done') return { kind: 'done' };
  if (claim.kind === 'busy') return claim;

  let sesMessageId: string;
  try {
    const links = mailLinksFor(subscriberId, deps.links);
    const mail = await content.render(claim.covers, links);
    sesMessageId = await deliverMail(deps, {
      to: subscription.email,
      subscriberId,
      mail,
      unsubscribeUrl: links.unsubscribeUrl,
      deliveryKey,
      now: deps.now(),
      messageId: claim.messageId,
    });
  } catch (err) {
    const when = deps.now().toISOString();
    if (err instanceof RecipientRejectedError) {
      await record(() => deps.deliveries.markRejected(subscriberId, deliveryKey, owner, err.message, when), deps);
      await record(() => deps.rejections.recordRejection(subscriberId, { at: when, kind: err.kind, reason: err.reason, deliveryKey }, suppresses(err)), deps);
      return { kind: 'rejected', covers: claim.covers, reason: err.message };
    }
    await deps.deliveries.release(subscriberId, deliveryKey, owner, when).catch(() => undefined); // else it expires
    throw err;
  }
  // False only if our lease ran out while SES was sending and another worker took over (see docs/OPERATIONS.md);
  // also false when an earlier attempt of ours was applied but its answer lost — the mail is marked either way.
  const sentAt = deps.now().toISOString();
  await record(() => deps.deliveries.markSent(subscriberId, deliveryKey, owner, sesMessageId, sentAt), deps);
  return { kind: 'sent', covers: claim.covers, takeover: claim.takeover };
}
