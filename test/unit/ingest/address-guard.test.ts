import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertFetchable, assertPublicHost, checkAddress, isNonPublicAddress } from '../../../shared/ingest/address-guard.ts';

/** The hostname `new URL()` leaves for a literal, as the fetcher sees it. */
const hostOf = (literal: string) => new URL(`http://${literal}/`).hostname;

describe('address guard', () => {
  it('classifies loopback, private, link-local and public addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) {
      expect(isNonPublicAddress(a), a).toBe(true);
    }
    for (const a of ['202.96.134.133', '8.8.8.8', '2400:3200::1', '240e:1::1']) expect(isNonPublicAddress(a), a).toBe(false);
  });

  it('refuses every IPv6 form of an IPv4 address, in the form URL parsing leaves them', () => {
    const literals = {
      '[::ffff:127.0.0.1]': /IPv4-mapped.*127\.0\.0\.1/,
      '[::ffff:8.8.8.8]': /IPv4-mapped.*8\.8\.8\.8/, // even a public IPv4 address: no legitimate site is reached this way
      '[::127.0.0.1]': /IPv4-compatible.*127\.0\.0\.1/,
      '[0:0:0:0:0:ffff:a9fe:a9fe]': /IPv4-mapped.*169\.254\.169\.254/,
      '[64:ff9b::7f00:1]': /NAT64.*127\.0\.0\.1/,
      '[64:ff9b:1::a00:1]': /NAT64/,
      '[2002:7f00:1::]': /6to4.*127\.0\.0\.1/,
      '[2001:0:4136:e378:8000:63bf:3fff:fdd2]': /Teredo/,
      '[::ffff:0:7f00:1]': /SIIT/,
    };
    for (const [literal, reason] of Object.entries(literals)) {
      const host = hostOf(literal);
      const verdict = checkAddress(host);
      expect(verdict.allowed, `${literal} → ${host}`).toBe(false);
      if (!verdict.allowed) expect(verdict.reason, literal).toMatch(reason);
    }
    expect(hostOf('[::ffff:127.0.0.1]')).toBe('[::ffff:7f00:1]');
  });

  it('refuses the IANA special-purpose blocks, IPv4 and IPv6', () => {
    const refused = [
      '0.1.2.3', '100.64.0.1', '192.0.0.8', '192.0.2.1', '198.18.0.1', '198.19.255.255', '198.51.100.7', '203.0.113.9',
      '192.88.99.1', '224.0.0.1', '240.0.0.1', '255.255.255.255',
      '::', 'fec0::1', 'feff::1', '2001:db8::1', '2001:2::1', '2001:20::1', '100::1', '3fff::1', 'ff02::1', '5f00::1', '4000::1', '::2',
    ];
    for (const a of refused) expect(checkAddress(a).allowed, a).toBe(false);
    for (const a of ['198.20.0.1', '192.0.1.1', '203.0.114.1', '2001:da8::1', '2a00:1450::1']) expect(checkAddress(a).allowed, a).toBe(true);
  });

  it('never accepts an IPv4 address in a blocked range under any IPv6 disguise (property)', () => {
    const blockedV4 = fc.oneof(
      fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    );
    const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
    fc.assert(
      fc.property(blockedV4, fc.constantFrom('::ffff:', '::', '64:ff9b::', '::ffff:0:'), ([a, b, c, d], prefix) => {
        const dotted = `${a}.${b}.${c}.${d}`;
        expect(checkAddress(dotted).allowed).toBe(false);
        expect(checkAddress(hostOf(`[${prefix}${dotted}]`)).allowed).toBe(false);
        expect(checkAddress(`${prefix}${hex(a, b)}:${hex(c, d)}`).allowed).toBe(false);
        expect(checkAddress(`2002:${hex(a, b)}:${hex(c, d)}::1`).allowed).toBe(false);
      }),
    );
  });

  it('refuses anything that is not an address, and never throws on junk (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof checkAddress(s).allowed === 'boolean'));
    expect(checkAddress('localhost').allowed).toBe(false);
  });

  it('checks every address a name resolves to', async () => {
    const resolve = async (host: string) => (host === 'mixed.example' ? ['202.96.134.133', '::ffff:10.0.0.1'] : ['202.96.134.133']);
    await expect(assertPublicHost('mixed.example', resolve)).rejects.toThrow(/::ffff:10\.0\.0\.1.*IPv4-mapped/);
    await expect(assertPublicHost('ok.example', resolve)).resolves.toEqual(['202.96.134.133']);
    await expect(assertPublicHost('none.example', async () => [])).rejects.toThrow(/no address/);
  });

  it('refuses non-http schemes and credentials always, and private targets unless allowed', async () => {
    await expect(assertFetchable(new URL('file:///etc/passwd'), true)).rejects.toThrow(/http/);
    await expect(assertFetchable(new URL('http://user:pw@example.cn/'), true)).rejects.toThrow(/credentials/);
    await expect(assertFetchable(new URL('http://169.254.169.254/latest/meta-data'), false)).rejects.toThrow(/non-public/);
    await expect(assertFetchable(new URL('http://[::ffff:127.0.0.1]:8080/'), false)).rejects.toThrow(/IPv4-mapped/);
    await expect(assertFetchable(new URL('http://127.0.0.1:8080/'), true)).resolves.toBeUndefined();
  });
});
