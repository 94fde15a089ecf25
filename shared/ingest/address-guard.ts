import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { permanent } from './errors.ts';

/** True for loopback, private, link-local, CGNAT, unspecified and unique-local addresses. */
export function isNonPublicAddress(address: string): boolean {
  if (isIP(address) === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224
    );
  }
  const v6 = address.toLowerCase();
  if (v6.startsWith('::ffff:')) return isNonPublicAddress(v6.slice(7));
  return v6 === '::' || v6 === '::1' || v6.startsWith('fe80:') || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('ff');
}

/**
 * Refuses URLs that are not http/https, and — unless private targets are allowed (local mode) —
 * hosts that resolve to a non-public address.
 */
export async function assertFetchable(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw permanent(`只允许 http/https 地址 only http/https URLs are fetched: ${url.protocol}`);
  }
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const blocked = addresses.find(isNonPublicAddress);
  if (blocked) throw permanent(`拒绝访问内网地址 refused non-public address ${blocked} for ${url.hostname}`);
}
