/** Why the mail provider refused one recipient for good: retrying would only be refused again. */
export type RejectionKind = 'not-verified' | 'suppressed' | 'invalid-address' | 'rejected';

/**
 * A permanent refusal of one recipient (SES sandbox "not verified", an address on the suppression list,
 * a malformed address, MessageRejected). The mail stages record it on the delivery and the subscriber and
 * go on with everyone else; any other error from a mailer is retryable.
 */
export class RecipientRejectedError extends Error {
  constructor(
    readonly recipient: string,
    readonly kind: RejectionKind,
    readonly reason: string,
  ) {
    super(`收件人被拒 recipient ${recipient} rejected (${kind}): ${reason}`);
    this.name = 'RecipientRejectedError';
  }
}
