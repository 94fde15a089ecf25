/**
 * Claiming one delivery (a mail, a webhook post) before sending it: a fresh owner id and a lease from now, by
 * the delivery repository's conditional writes. Mail (send-mail.ts) and webhooks (shared/webhooks/deliver.ts)
 * claim the same way.
 */
import { randomUUID } from 'node:crypto';
import type { Claim, ClaimRequest, DeliveryRepository } from '../store/ports.ts';

export interface LeaseClock {
  now: () => Date;
  leaseMs: number;
  /** A fresh id per worker attempt (tests fix it). */
  newOwner?: () => string;
}

export async function claimDelivery(
  deliveries: DeliveryRepository,
  request: Omit<ClaimRequest, 'owner' | 'at' | 'leaseUntil'>,
  clock: LeaseClock,
): Promise<{ claim: Claim; owner: string }> {
  const owner = clock.newOwner?.() ?? randomUUID();
  const at = clock.now();
  const claim = await deliveries.claim({ ...request, owner, at: at.toISOString(), leaseUntil: new Date(at.getTime() + clock.leaseMs).toISOString() });
  return { claim, owner };
}
