import { describe, expect, it } from 'vitest';
import { isTransientServiceError } from '../../../shared/store/transient-error.ts';

describe('isTransientServiceError', () => {
  it('knows server faults, throttling, timeouts and dropped connections', () => {
    expect(isTransientServiceError(Object.assign(new Error('x'), { $fault: 'server', $metadata: { httpStatusCode: 500 } }))).toBe(true);
    expect(isTransientServiceError(Object.assign(new Error('x'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } }))).toBe(true);
    expect(isTransientServiceError(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(isTransientServiceError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  it('leaves what is about the work itself to be counted', () => {
    expect(isTransientServiceError(Object.assign(new Error('The specified key does not exist.'), { name: 'NoSuchKey', $fault: 'client', $metadata: { httpStatusCode: 404 } }))).toBe(false);
    expect(isTransientServiceError(new TypeError('bug'))).toBe(false);
    expect(isTransientServiceError('text')).toBe(false);
    expect(isTransientServiceError(null)).toBe(false);
  });
});
