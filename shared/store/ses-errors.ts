import { RecipientRejectedError } from './mail-errors.ts';

/** The parts of an SDK service error the classification reads (name and message only: no SDK import). */
interface ServiceErrorLike {
  name?: unknown;
  message?: unknown;
}

const addressesIn = (text: string): string[] => (text.match(/[^\s,:;<>"']+@[^\s,:;<>"']+/g) ?? []).map((a) => a.replace(/\.$/, '').toLowerCase());

/**
 * Sorts an SES SendRawEmail error into a permanent refusal of this one recipient, or null: everything else
 * (throttling, paused sending, a sender identity or configuration set that is not set up, 5xx, network) is
 * retried by the queue and ends in the dead-letter queue with its alarm — never silently dropped.
 *
 * - MessageRejected "Email address is not verified … identities failed the check: a@x, b@y" (sandbox): the
 *   recipient's fault only when the recipient is listed; an unverified sender alone is a configuration error.
 * - MessageRejected mentioning the suppression list / blacklist: suppressed.
 * - Any other MessageRejected: rejected (SES will not take this message for this address).
 * - InvalidParameterValue about an address ("Illegal address", "Missing final '@domain'"): invalid-address.
 */
export function classifySesError(err: unknown, recipient: string): RecipientRejectedError | null {
  const e = (err ?? {}) as ServiceErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  const to = recipient.toLowerCase();
  if (name === 'MessageRejected') {
    if (/not verified/i.test(message)) {
      return addressesIn(message).includes(to) ? new RecipientRejectedError(recipient, 'not-verified', message) : null;
    }
    if (/suppress|blacklist|blocklist/i.test(message)) return new RecipientRejectedError(recipient, 'suppressed', message);
    return new RecipientRejectedError(recipient, 'rejected', message);
  }
  if (name === 'InvalidParameterValue' && /address|@domain/i.test(message)) return new RecipientRejectedError(recipient, 'invalid-address', message);
  return null;
}
