import { MessageRejected, MailFromDomainNotVerifiedException, AccountSendingPausedException } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { classifySesError } from '../../../shared/store/ses-errors.ts';

const meta = { $metadata: {} };

describe('classifySesError', () => {
  it('treats a sandbox "not verified" naming the recipient as that recipient refused for good', () => {
    const err = new MessageRejected({ ...meta, message: 'Email address is not verified. The following identities failed the check in region US-EAST-1: a@example.com, Bob@Example.com' });
    expect(classifySesError(err, 'bob@example.com')?.kind).toBe('not-verified');
  });

  it('leaves an unverified sender (no recipient named) to the retry and the dead-letter alarm', () => {
    const err = new MessageRejected({ ...meta, message: 'Email address is not verified. The following identities failed the check in region US-EAST-1: alerts@gazette.example.cn' });
    expect(classifySesError(err, 'bob@example.com')).toBeNull();
  });

  it('sorts suppression, other MessageRejected and malformed addresses as permanent per recipient', () => {
    expect(classifySesError(new MessageRejected({ ...meta, message: 'Address blacklisted.' }), 'x@y.cn')?.kind).toBe('suppressed');
    expect(classifySesError(new MessageRejected({ ...meta, message: 'Message contains a virus' }), 'x@y.cn')?.kind).toBe('rejected');
    const invalid = Object.assign(new Error('Missing final \'@domain\''), { name: 'InvalidParameterValue' });
    expect(classifySesError(invalid, 'x')?.kind).toBe('invalid-address');
  });

  it('keeps throttling, paused sending, configuration errors and unknown errors retryable', () => {
    const throttled = Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' });
    for (const err of [
      throttled,
      new AccountSendingPausedException({ ...meta, message: 'paused' }),
      new MailFromDomainNotVerifiedException({ ...meta, message: 'not verified' }),
      new Error('socket hang up'),
      null,
      'a string',
    ]) {
      expect(classifySesError(err, 'x@y.cn')).toBeNull();
    }
  });
});
