import { describe, expect, it } from 'vitest';
import { assertFetchable, isNonPublicAddress } from '../../../shared/ingest/address-guard.ts';

describe('address guard', () => {
  it('classifies loopback, private, link-local and public addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isNonPublicAddress(a), a).toBe(true);
    }
    for (const a of ['202.96.134.133', '8.8.8.8', '2400:3200::1']) expect(isNonPublicAddress(a), a).toBe(false);
  });

  it('refuses non-http schemes always, and private targets unless allowed', async () => {
    await expect(assertFetchable(new URL('file:///etc/passwd'), true)).rejects.toThrow(/http/);
    await expect(assertFetchable(new URL('http://169.254.169.254/latest/meta-data'), false)).rejects.toThrow(/non-public/);
    await expect(assertFetchable(new URL('http://127.0.0.1:8080/'), true)).resolves.toBeUndefined();
  });
});
