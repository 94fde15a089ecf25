import { createHmac } from 'node:crypto';

/**
 * The id of a new subscription: a keyed hash of the address, so two subscribe requests racing for
 * one new address write the same item (the repository's put has no condition), and nobody without
 * the secret can derive an id from an address.
 */
export function subscriberIdFor(secret: string, email: string): string {
  const digest = createHmac('sha256', secret).update(`gw-subscriber.v1.${email.trim().toLowerCase()}`).digest('base64url');
  return `sub-${digest.slice(0, 22)}`;
}
