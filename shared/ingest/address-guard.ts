import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { permanent } from './errors.ts';

/**
 * Which addresses the service may connect to: public unicast only. Every address is parsed by
 * ipaddr.js (so every textual form — `::ffff:7f00:1`, `::127.0.0.1`, `0:0:0:0:0:ffff:…` — is one value)
 * and refused when it lies in an IANA special-purpose block (IPv4: RFC 6890 registry, IPv6: the
 * registry plus everything outside 2000::/3) or embeds an IPv4 address (mapped, compatible,
 * NAT64, 6to4, Teredo, SIIT), whatever that IPv4 address is. Used for fetched URLs on every
 * redirect hop and, later, for webhook targets.
 */
export type AddressVerdict = { allowed: true; address: string } | { allowed: false; address: string; reason: string };

/** IANA IPv4 Special-Purpose Address Registry (and multicast/reserved), as CIDRs. */
const ipv4Blocks: readonly [string, string][] = [
  ['0.0.0.0/8', 'this network'],
  ['10.0.0.0/8', 'private-use'],
  ['100.64.0.0/10', 'shared address space (CGNAT)'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private-use'],
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation (TEST-NET-1)'],
  ['192.31.196.0/24', 'AS112-v4'],
  ['192.52.193.0/24', 'AMT'],
  ['192.88.99.0/24', 'deprecated 6to4 relay anycast'],
  ['192.168.0.0/16', 'private-use'],
  ['192.175.48.0/24', 'direct delegation AS112 service'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation (TEST-NET-2)'],
  ['203.0.113.0/24', 'documentation (TEST-NET-3)'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['255.255.255.255/32', 'limited broadcast'],
];

/** IPv6 blocks that embed an IPv4 address: refused outright (the embedded address is reported). */
const ipv6Embedding: readonly [string, string][] = [
  ['::ffff:0:0/96', 'IPv4-mapped'],
  ['::/96', 'IPv4-compatible (deprecated)'],
  ['::ffff:0:0:0/96', 'IPv4-translated (SIIT)'],
  ['64:ff9b::/96', 'NAT64 well-known prefix'],
  ['64:ff9b:1::/48', 'local-use NAT64'],
  ['2002::/16', '6to4'],
];

/** IANA IPv6 Special-Purpose Address Registry and other non-global blocks. */
const ipv6Blocks: readonly [string, string][] = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['100::/64', 'discard-only'],
  ['2001::/23', 'IETF protocol assignments (incl. Teredo 2001::/32)'],
  ['2001:db8::/32', 'documentation'],
  ['2001:2::/48', 'benchmarking'],
  ['2001:10::/28', 'ORCHID (deprecated)'],
  ['2001:20::/28', 'ORCHIDv2'],
  ['3fff::/20', 'documentation'],
  ['5f00::/16', 'segment routing SIDs'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local (deprecated)'],
  ['ff00::/8', 'multicast'],
];

const parsed = <T extends [string, string]>(blocks: readonly T[]) =>
  blocks.map(([cidr, name]) => ({ cidr, name, range: ipaddr.parseCIDR(cidr) }));
const v4 = parsed(ipv4Blocks);
const v6Embedding = parsed(ipv6Embedding);
const v6 = parsed(ipv6Blocks);
const globalUnicast = ipaddr.parseCIDR('2000::/3');

const refuse = (address: string, reason: string): AddressVerdict => ({ allowed: false, address, reason });

function checkIpv4(address: string, ip: ipaddr.IPv4): AddressVerdict {
  const hit = v4.find((b) => ip.match(b.range));
  return hit ? refuse(address, `${hit.name} ${hit.cidr}`) : { allowed: true, address };
}

/** The IPv4 address carried in the low 32 bits (mapped, compatible, NAT64) or bits 16–47 (6to4). */
function embeddedIpv4(ip: ipaddr.IPv6, cidr: string): string {
  const p = ip.parts;
  const [hi, lo] = cidr === '2002::/16' ? [p[1] ?? 0, p[2] ?? 0] : [p[6] ?? 0, p[7] ?? 0];
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
}

function checkIpv6(address: string, ip: ipaddr.IPv6): AddressVerdict {
  const hit = v6.find((b) => ip.match(b.range));
  if (hit) return refuse(address, `${hit.name} ${hit.cidr}`);
  const embedding = v6Embedding.find((b) => ip.match(b.range));
  if (embedding) return refuse(address, `${embedding.name} ${embedding.cidr} embedding ${embeddedIpv4(ip, embedding.cidr)}`);
  if (!ip.match(globalUnicast)) return refuse(address, 'outside global unicast 2000::/3');
  return { allowed: true, address };
}

/** The verdict on one literal address (IPv4 or IPv6, with or without brackets and zone). Not an address: refused. */
export function checkAddress(raw: string): AddressVerdict {
  const address = raw.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(address)) return refuse(raw, 'not an IP address');
  const ip = ipaddr.parse(address);
  return ip.kind() === 'ipv4' ? checkIpv4(address, ip as ipaddr.IPv4) : checkIpv6(address, ip as ipaddr.IPv6);
}

/** True for every address the service must not connect to. */
export const isNonPublicAddress = (address: string): boolean => !checkAddress(address).allowed;

export type ResolveHost = (hostname: string) => Promise<string[]>;

/** System resolver, every address of the name (A and AAAA). */
export const systemResolve: ResolveHost = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Resolves a host (or takes its literal address) and refuses it when any of its addresses is not
 * public. The one entry point for anything the service connects to on someone else's say-so
 * (fetched URLs on every hop; webhook targets).
 */
export async function assertPublicHost(hostname: string, resolve: ResolveHost = systemResolve): Promise<string[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host) ? [host] : await resolve(host);
  if (addresses.length === 0) throw permanent(`无法解析主机 ${hostname} resolved to no address`);
  for (const address of addresses) {
    const verdict = checkAddress(address);
    if (!verdict.allowed) throw permanent(`拒绝访问内网地址 refused non-public address ${address} for ${hostname}: ${verdict.reason}`);
  }
  return addresses;
}

/**
 * Refuses URLs that are not http/https, and — unless private targets are allowed (local mode) —
 * hosts that resolve to a non-public address.
 */
export async function assertFetchable(url: URL, allowPrivate: boolean, resolve: ResolveHost = systemResolve): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw permanent(`只允许 http/https 地址 only http/https URLs are fetched: ${url.protocol}`);
  }
  if (url.username || url.password) throw permanent(`地址含用户名密码 URLs with credentials are not fetched: ${url.host}`);
  if (allowPrivate) return;
  await assertPublicHost(url.hostname, resolve);
}
